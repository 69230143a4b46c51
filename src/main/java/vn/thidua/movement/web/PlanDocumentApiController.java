package vn.thidua.movement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.document.DocxReader;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.FileTooLarge;
import vn.thidua.movement.PlanDocument;
import vn.thidua.movement.plan.PlanParser;
import vn.thidua.movement.plan.PlanRenderer;

/** Plan documents in and out: parse a .txt or .docx into the structured draft, render it back. */
@RestController
@RequestMapping("/api/v1/plan-documents")
@Tag(name = "Văn bản kế hoạch")
class PlanDocumentApiController {

  static final long MAX_BYTES = 10L * 1024 * 1024;
  static final MediaType DOCX =
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  @PostMapping(value = "/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary =
          "Đọc kế hoạch hoặc quyết định (.txt UTF-8 hoặc .docx) thành bản nháp có cấu trúc; không lưu gì")
  PlanDocument parse(@RequestParam("file") MultipartFile file) {
    if (file.getSize() > MAX_BYTES) {
      throw new FileTooLarge(10);
    }
    byte[] bytes;
    try {
      bytes = file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parse(file.getOriginalFilename(), file.getContentType(), bytes);
  }

  static PlanDocument parse(String name, String contentType, byte[] bytes) {
    if (bytes.length == 0) {
      throw BusinessRuleViolation.onField("file", "plan.file-empty");
    }
    String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
    boolean docx =
        lower.endsWith(".docx")
            || (contentType != null && contentType.contains("wordprocessingml"))
            || (bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K');
    if (docx) {
      try {
        return PlanParser.parseDocx(DocxReader.read(new ByteArrayInputStream(bytes)));
      } catch (DocxReader.InvalidDocx e) {
        throw BusinessRuleViolation.onField("file", "plan.docx-unreadable");
      }
    }
    return PlanParser.parseText(utf8(bytes));
  }

  private static String utf8(byte[] bytes) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw BusinessRuleViolation.onField("file", "plan.text-not-utf8");
    }
  }

  @PostMapping(value = "/render", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "Xuất bản nháp (như parse trả về, có thể đã sửa) thành .docx theo thể thức Nghị định 30/2020/NĐ-CP")
  ResponseEntity<byte[]> render(@RequestBody PlanDocument plan) {
    byte[] docx = PlanRenderer.docx(plan);
    return ResponseEntity.ok()
        .contentType(DOCX)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ke-hoach.docx\"")
        .body(docx);
  }
}
