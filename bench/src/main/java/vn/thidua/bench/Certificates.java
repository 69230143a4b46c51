package vn.thidua.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.thidua.document.Certificate;
import vn.thidua.document.CertificateXhtml;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.kernel.VietnameseText;

/**
 * Certificates for the benchmarks: award decisions published in the application's database as it
 * records them, and LibreOffice converting the same certificates (the XHTML they are laid out from,
 * with the words the application puts on them) to PDF as the anchor.
 */
final class Certificates {

  private Certificates() {}

  record Awarded(
      long id,
      String name,
      String unit,
      int year,
      String decisionNumber,
      LocalDate decisionDate,
      String signer,
      String code,
      String levelName,
      boolean commune) {}

  /** {@code n} awarded Giấy khen of the demo's organisations, each its own certificate. */
  static List<Awarded> publish(BenchApp app, int n) throws Exception {
    List<Awarded> out = new ArrayList<>(n);
    try (Connection c = app.jdbc();
        Statement s = c.createStatement()) {
      s.execute(
          """
          insert into nomination (occasion, year, award, subject_kind, organization_id, subject_name,
            subject_unit, path, level_unit_code, level_path, status, created_by, updated_by,
            decision_number, decision_date, decision_signer, certificate_code)
          select 'ANNUAL', 2025 - (d - 1) / o.orgs, 'GIAY_KHEN', 'COLLECTIVE', o.id,
            (array['Tổ dân phố', 'Thôn', 'Chi hội', 'Đội'])[1 + d %% 4] || ' '
              || (array['Đông', 'Tây', 'Nam', 'Bắc', 'Thượng', 'Hạ'])[1 + (d * 3) %% 6] || ' số ' || d,
            o.name, o.path, u.code, u.path, 'AWARDED', 'bench', 'bench',
            (100 + d) || '/QĐ-UBND', date '2026-01-15' + (d %% 300), 'Nguyễn Anh Tuấn',
            'BENCH-C' || d
          from generate_series(1, %d) d
          cross join lateral (
            select o.id, o.name, o.path, o.unit_code, (select count(*) from organization) orgs
            from organization o
            order by o.id offset (d - 1) %% (select count(*) from organization) limit 1) o
          join administrative_unit u on u.code = o.unit_code
          """
              .formatted(n));
      try (ResultSet r =
          s.executeQuery(
              """
              select n.id, n.subject_name, n.subject_unit, n.year, n.decision_number, n.decision_date,
                     n.decision_signer, n.certificate_code, u.name, u.level
              from nomination n join administrative_unit u on u.code = n.level_unit_code
              where n.certificate_code like 'BENCH-C%' order by n.id
              """)) {
        while (r.next()) {
          out.add(
              new Awarded(
                  r.getLong(1),
                  r.getString(2),
                  r.getString(3),
                  r.getInt(4),
                  r.getString(5),
                  r.getObject(6, LocalDate.class),
                  r.getString(7),
                  r.getString(8),
                  r.getString(9),
                  "COMMUNE".equals(r.getString(10))));
        }
      }
    }
    if (out.size() != n) {
      throw new IllegalStateException("published " + out.size() + " certificates of " + n);
    }
    return out;
  }

  /** The certificate as the application lays it out (the words of CertificateService). */
  static Certificate certificate(Awarded a, String base) {
    String unitUpper = VietnameseText.upper(a.levelName());
    String place =
        a.commune()
            ? a.levelName().replaceFirst("^(Xã|Phường|Đặc khu) ", "")
            : a.levelName().replaceFirst("^(Thành phố|Tỉnh) ", "");
    return new Certificate(
        List.of("ỦY BAN NHÂN DÂN", unitUpper),
        null,
        "GIẤY KHEN",
        List.of("CHỦ TỊCH ỦY BAN NHÂN DÂN " + unitUpper, "Tặng"),
        a.name(),
        List.of(a.unit()),
        "Đã có thành tích xuất sắc trong phong trào thi đua, năm " + a.year(),
        "Quyết định số " + a.decisionNumber() + " ngày " + VietnameseDates.shortForm(a.decisionDate()),
        place
            + ", ngày "
            + VietnameseDates.day(a.decisionDate().getDayOfMonth())
            + " tháng "
            + VietnameseDates.month(a.decisionDate().getMonthValue())
            + " năm "
            + a.decisionDate().getYear(),
        List.of("CHỦ TỊCH"),
        a.signer(),
        a.code(),
        base + "/portal/verify/" + a.code(),
        false);
  }

  record LibreOffice(String version, double perSecond) {}

  /**
   * LibreOffice (headless, one process, its start-up taken out: the time of converting one
   * certificate is subtracted from the time of converting all) converting the certificates' XHTML.
   */
  static LibreOffice libreOffice(List<Awarded> sample, Path target) throws Exception {
    Path dir = target.resolve("libreoffice-certificates");
    BenchApp.deleteTree(dir);
    Path in = Files.createDirectories(dir.resolve("in"));
    List<String> files = new ArrayList<>();
    for (Awarded a : sample) {
      Path f = in.resolve(a.code() + ".html");
      Files.writeString(f, CertificateXhtml.of(certificate(a, "https://thidua.example.vn")));
      files.add(f.toString());
    }
    String profile = "file://" + dir.resolve("profile").toAbsolutePath();
    convert(profile, dir.resolve("warm"), files.subList(0, 1));
    double one = convert(profile, dir.resolve("one"), files.subList(1, 2));
    double all = convert(profile, dir.resolve("out"), files);
    long pdfs;
    try (var list = Files.list(dir.resolve("out"))) {
      pdfs = list.filter(p -> p.toString().endsWith(".pdf")).count();
    }
    if (pdfs != sample.size()) {
      throw new IllegalStateException("LibreOffice made " + pdfs + " PDFs of " + sample.size());
    }
    Process v = new ProcessBuilder("soffice", "--version").redirectErrorStream(true).start();
    String version = new String(v.getInputStream().readAllBytes()).strip().split(" ")[1];
    v.waitFor();
    return new LibreOffice(version, (sample.size() - 1) / Math.max(0.001, all - one));
  }

  private static double convert(String profile, Path out, List<String> files) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "soffice",
                "-env:UserInstallation=" + profile,
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf:writer_web_pdf_Export",
                "--outdir",
                out.toString()));
    cmd.addAll(files);
    long t = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(
        ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException("soffice failed");
    }
    return (System.nanoTime() - t) / 1e9;
  }
}
