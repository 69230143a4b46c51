package vn.thidua.initiative.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.initiative.ExemplaryModelCommand;
import vn.thidua.initiative.ExemplaryModelView;
import vn.thidua.initiative.PublicModel;
import vn.thidua.initiative.domain.ExemplaryModelService;
import vn.thidua.initiative.domain.InitiativeService;
import vn.thidua.kernel.FileTooLarge;
import vn.thidua.organization.Actor;

/** Exemplary models over the API: nominate, photos, approve, publish, replications. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Điển hình tiên tiến")
class ExemplaryModelApiController {

  private final ExemplaryModelService models;

  ExemplaryModelApiController(ExemplaryModelService models) {
    this.models = models;
  }

  /** A place that replicated a model. */
  record ReplicationCommand(String place, LocalDate startedOn, String note) {}

  @GetMapping("/exemplary-models")
  @Operation(summary = "Tìm điển hình tiên tiến, mô hình hay: từ khóa, chủ đề, trạng thái, năm")
  List<ExemplaryModelView> search(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String theme,
      @RequestParam(required = false) ExemplaryModelView.Status status,
      @RequestParam(required = false) Integer year) {
    return models.search(actor, q, theme, status, year);
  }

  @PostMapping("/exemplary-models")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Đề xuất (dự thảo) một mô hình hay hoặc một gương điển hình: câu chuyện, số liệu, chủ"
              + " đề; với cá nhân, tên và đơn vị người đó đồng ý công bố")
  ExemplaryModelView create(
      @AuthenticationPrincipal Actor actor, @RequestBody ExemplaryModelCommand command) {
    return models.create(actor, command);
  }

  @GetMapping("/exemplary-models/{id}")
  @Operation(summary = "Một điển hình: nội dung, ảnh, nơi nhân rộng, trạng thái")
  ExemplaryModelView get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return models.view(actor, id);
  }

  @PutMapping("/exemplary-models/{id}")
  @Operation(summary = "Sửa điển hình đang dự thảo hoặc bị trả lại")
  ExemplaryModelView update(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestBody ExemplaryModelCommand command) {
    return models.update(actor, id, command);
  }

  @PostMapping(
      value = "/exemplary-models/{id}/photos",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Thêm ảnh (JPEG, PNG; tối đa 5 MB)")
  ExemplaryModelView photo(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam("file") MultipartFile file) {
    if (file.getSize() > ExemplaryModelService.MAX_PHOTO_BYTES) {
      throw new FileTooLarge(ExemplaryModelService.MAX_PHOTO_BYTES / (1024 * 1024));
    }
    try {
      return models.addPhoto(
          actor, id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping("/exemplary-models/{id}/photos/{photoId}")
  @Operation(summary = "Tải một ảnh của điển hình")
  ResponseEntity<byte[]> photo(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long photoId) {
    InitiativeService.File f = models.photo(actor, id, photoId);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(f.contentType()))
        .body(f.content());
  }

  @PostMapping("/exemplary-models/{id}/nominate")
  @Operation(summary = "Gửi đề xuất điển hình lên thường trực TĐKT")
  ExemplaryModelView nominate(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam long version) {
    return models.nominate(actor, id, version);
  }

  @PostMapping("/exemplary-models/{id}/approve")
  @Operation(summary = "Thường trực TĐKT duyệt điển hình")
  ExemplaryModelView approve(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam long version) {
    return models.approve(actor, id, version);
  }

  @PostMapping("/exemplary-models/{id}/return")
  @Operation(summary = "Trả lại đề xuất điển hình kèm lý do")
  ExemplaryModelView giveBack(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam String reason) {
    return models.giveBack(actor, id, version, reason);
  }

  @PostMapping("/exemplary-models/{id}/publish")
  @Operation(summary = "Công bố điển hình đã duyệt lên cổng thông tin công khai")
  ExemplaryModelView publish(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam long version) {
    return models.publish(actor, id, version);
  }

  @PostMapping("/exemplary-models/{id}/withdraw")
  @Operation(summary = "Gỡ điển hình khỏi cổng thông tin công khai")
  ExemplaryModelView withdraw(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false) String reason) {
    return models.withdraw(actor, id, version, reason);
  }

  @PostMapping("/exemplary-models/{id}/replications")
  @Operation(summary = "Ghi nơi đã nhân rộng mô hình")
  ExemplaryModelView replicate(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestBody ReplicationCommand command) {
    return models.addReplication(actor, id, command.place(), command.startedOn(), command.note());
  }

  @GetMapping("/exemplary-models/{id}/history")
  @Operation(summary = "Lịch sử của điển hình: ai làm gì, khi nào, lý do")
  List<vn.thidua.kernel.StateChanges.Entry> history(
      @AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return models.history(actor, id);
  }

  @GetMapping("/exemplary-models/published")
  @Operation(summary = "Điển hình đã công bố, như cổng thông tin công khai hiển thị")
  List<PublicModel> published() {
    return models.published();
  }
}
