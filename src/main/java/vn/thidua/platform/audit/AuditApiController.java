package vn.thidua.platform.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.kernel.PageResult;
import vn.thidua.organization.Actor;

/** The audit log over the API. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Nhật ký kiểm toán")
class AuditApiController {

  private final AuditLog log;

  AuditApiController(AuditLog log) {
    this.log = log;
  }

  @GetMapping
  @Operation(summary = "Các bản ghi nhật ký, mới nhất trước")
  PageResult<AuditLog.Entry> list(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String actor_,
      @RequestParam(required = false) String entityType,
      @RequestParam(required = false) String entityId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    AuditController.require(actor);
    return log.page(
        actor_, entityType, entityId, Math.max(0, page), PageResult.clampSize(size, 50));
  }

  @GetMapping("/verify")
  @Operation(summary = "Kiểm tra chuỗi băm của nhật ký")
  AuditLog.Verification verify(@AuthenticationPrincipal Actor actor) {
    AuditController.require(actor);
    return log.verify();
  }
}
