package vn.thidua.document;

import java.util.List;
import java.util.Objects;
import vn.thidua.kernel.VietnameseText;

/**
 * A commendation certificate (Giấy khen, Bằng khen, …) ready to render by {@link CertificatePdf}:
 * only the lines to print, no domain knowledge. Every text is NFC-normalised on construction; lists
 * are copied and blank lines dropped.
 *
 * @param issuerLines the issuing body, top left ("ỦY BAN NHÂN DÂN", "XÃ HÀ BẮC")
 * @param mottoLines the national motto, top right ({@link #MOTTO} when null)
 * @param title the form ("GIẤY KHEN", "BẰNG KHEN")
 * @param awardingLines who awards ("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÀ BẮC", "Tặng")
 * @param awardeeName the person or collective awarded
 * @param awardeeLines the awardee's unit or description, under the name
 * @param achievement "Đã có thành tích xuất sắc trong phong trào thi đua … năm 2030"
 * @param decisionReference "Quyết định số 12/QĐ-UBND ngày 05/12/2030"
 * @param placeDateLine "Hà Bắc, ngày 05 tháng 12 năm 2030"
 * @param signerTitleLines the signer's capacity ("CHỦ TỊCH", or "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
 * @param signerName the signer's full name
 * @param serial the certificate's serial / verification code, printed under the QR code
 * @param verificationUrl the public verification address, encoded in the QR code
 * @param revoked stamps "ĐÃ THU HỒI" across the certificate
 */
public record Certificate(
    List<String> issuerLines,
    List<String> mottoLines,
    String title,
    List<String> awardingLines,
    String awardeeName,
    List<String> awardeeLines,
    String achievement,
    String decisionReference,
    String placeDateLine,
    List<String> signerTitleLines,
    String signerName,
    String serial,
    String verificationUrl,
    boolean revoked) {

  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc". */
  public static final List<String> MOTTO =
      List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");

  /** The stamp printed on a revoked certificate. */
  public static final String REVOKED_STAMP = "ĐÃ THU HỒI";

  public Certificate {
    Objects.requireNonNull(awardeeName, "awardeeName");
    Objects.requireNonNull(verificationUrl, "verificationUrl");
    issuerLines = lines(issuerLines);
    mottoLines = mottoLines == null ? MOTTO : lines(mottoLines);
    title = text(title);
    awardingLines = lines(awardingLines);
    awardeeName = text(awardeeName);
    awardeeLines = lines(awardeeLines);
    achievement = text(achievement);
    decisionReference = text(decisionReference);
    placeDateLine = text(placeDateLine);
    signerTitleLines = lines(signerTitleLines);
    signerName = text(signerName);
    serial = text(serial);
    verificationUrl = verificationUrl.strip();
  }

  /** The same certificate, stamped revoked or not. */
  public Certificate withRevoked(boolean revoked) {
    return new Certificate(
        issuerLines,
        mottoLines,
        title,
        awardingLines,
        awardeeName,
        awardeeLines,
        achievement,
        decisionReference,
        placeDateLine,
        signerTitleLines,
        signerName,
        serial,
        verificationUrl,
        revoked);
  }

  private static String text(String s) {
    return s == null ? "" : VietnameseText.nfc(s).strip();
  }

  private static List<String> lines(List<String> in) {
    if (in == null) {
      return List.of();
    }
    return in.stream().map(Certificate::text).filter(s -> !s.isEmpty()).toList();
  }
}
