package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.thidua.movement.plan.PlanRenderer;
import vn.thidua.support.Shared;

/**
 * The rendered plans opened in LibreOffice: the state layout as a reader sees it (text and its
 * position from pdftotext -layout, page count, fonts). PNGs stay in target/render for people.
 */
public class RenderedLayoutIT {

  static final Path OUT = Path.of("target", "render");

  public static String run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
    assertThat(p.exitValue()).as(command + "\n" + out).isZero();
    return out;
  }

  public static Path pdf(String name, byte[] docx) throws IOException, InterruptedException {
    Files.createDirectories(OUT);
    Path file = OUT.resolve(name + ".docx");
    Files.write(file, docx);
    Path profile = Files.createTempDirectory("lo-profile");
    run(
        List.of(
            "soffice",
            "-env:UserInstallation=" + profile.toUri(),
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            OUT.toString(),
            file.toString()));
    Path pdf = OUT.resolve(name + ".pdf");
    assertThat(pdf).exists();
    run(List.of("pdftoppm", "-png", "-r", "60", pdf.toString(), OUT.resolve(name).toString()));
    return pdf;
  }

  @Test
  void aPlanRendersInTheStateLayout() throws Exception {
    PlanDocument plan = PlanParserTest.parse(Shared.path("seeds/nam-sach-commune-plan-2026.docx"));
    Path pdf = pdf("nam-sach", PlanRenderer.docx(plan));
    String text = run(List.of("pdftotext", "-layout", pdf.toString(), "-"));
    List<String> lines = text.lines().toList();
    // Issuing body and national motto side by side on the first lines.
    assertThat(lines.stream().limit(4))
        .anyMatch(l ->
            l.contains("UBND THÀNH PHỐ HẢI PHÒNG")
                && l.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    assertThat(lines.stream().limit(6))
        .anyMatch(l -> l.contains("ỦY BAN NHÂN DÂN") && l.contains("Độc lập - Tự do - Hạnh phúc"));
    assertThat(lines.stream().limit(10)).anyMatch(l -> l.contains("Số:") && l.contains("/KH-UBND"));
    assertThat(lines.stream().limit(10))
        .anyMatch(l -> l.contains("Nam Sách, ngày") && l.contains("tháng 6 năm 2026"));
    // The document type centred: more space before it than a left-aligned paragraph has.
    String type =
        lines.stream().filter(l -> l.strip().equals("KẾ HOẠCH")).findFirst().orElseThrow();
    assertThat(type.indexOf("KẾ HOẠCH")).isGreaterThan(25);
    assertThat(text).contains("Nội dung thi đua").contains("Phùng Văn Diện").contains("Nơi nhận:");
    String signature =
        lines.stream().filter(l -> l.contains("Phùng Văn Diện")).findFirst().orElseThrow();
    assertThat(signature.indexOf("Phùng Văn Diện")).as("signature on the right").isGreaterThan(40);
    String info = run(List.of("pdfinfo", pdf.toString()));
    assertThat(info).containsPattern("Pages:\\s+[2-9]");
    String fonts = run(List.of("pdffonts", pdf.toString()));
    assertThat(fonts).containsAnyOf("LiberationSerif", "TimesNewRoman", "Times");
    assertThat(OUT.resolve("nam-sach-1.png")).exists();
  }

  @Test
  void aDecisionRendersWithItsAttachedPlanOnANewPage() throws Exception {
    PlanDocument plan = PlanParserTest.parse(Shared.path("seeds/ha-bac-commune-plan-2026.txt"));
    Path pdf = pdf("ha-bac", PlanRenderer.docx(plan));
    String text = run(List.of("pdftotext", "-layout", pdf.toString(), "-"));
    List<String> pages = List.of(text.split("\f"));
    assertThat(pages.getFirst())
        .contains("QUYẾT ĐỊNH")
        .contains("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÀ BẮC");
    int signed = -1;
    int planPage = -1;
    for (int i = 0; i < pages.size(); i++) {
      if (signed < 0 && pages.get(i).contains("Nguyễn Anh Tuấn")) {
        signed = i;
      }
      if (planPage < 0 && pages.get(i).strip().startsWith("KẾ HOẠCH")) {
        planPage = i;
      }
    }
    assertThat(signed).as("the decision is signed").isGreaterThanOrEqualTo(0);
    assertThat(planPage)
        .as("the plan starts on the page after the signature")
        .isEqualTo(signed + 1);
    assertThat(String.join("\f", pages.subList(planPage, pages.size())))
        .contains("TỔ CHỨC THỰC HIỆN")
        .contains("Nội dung thi đua");
  }
}
