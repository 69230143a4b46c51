package vn.thidua.commendation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.commendation.NominationView;
import vn.thidua.document.Certificate;
import vn.thidua.document.CertificatePdf;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.organization.Actor;
import vn.thidua.organization.AdministrativeLevel;
import vn.thidua.organization.UnitDirectory;

/**
 * The certificate of an award as PDF (state-style layout, Liberation Serif): issuing body, form,
 * awardee, achievement, decision, signer, and a QR code of the public verification address; a
 * revoked award prints "ĐÃ THU HỒI".
 */
@Service
public class CertificateService {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final NominationService nominations;
  private final UnitDirectory units;
  private final vn.thidua.rulebook.Rulebook rulebook;
  private final MessageSource messages;
  private final String baseUrl;

  CertificateService(
      NominationService nominations,
      UnitDirectory units,
      vn.thidua.rulebook.Rulebook rulebook,
      MessageSource messages,
      @Value("${thidua.base-url}") String baseUrl) {
    this.nominations = nominations;
    this.rulebook = rulebook;
    this.units = units;
    this.messages = messages;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  private String msg(String key, Object... args) {
    return messages.getMessage(key, args, key, VI);
  }

  /** The public address a certificate's QR code opens. */
  public String verificationUrl(String code) {
    return baseUrl + "/portal/verify/" + code;
  }

  @Transactional(readOnly = true)
  public byte[] pdf(Actor actor, long id) {
    NominationView n = nominations.view(actor, id);
    if (n.certificateCode() == null) {
      throw new NotFound("nomination.no-certificate");
    }
    return CertificatePdf.render(certificate(n));
  }

  Certificate certificate(NominationView n) {
    UnitDirectory.Unit u = units.unit(n.levelUnitCode()).orElseThrow();
    String unitUpper = VietnameseText.upper(u.name());
    String place =
        u.level() == AdministrativeLevel.COMMUNE
            ? u.name().replaceFirst("^(Xã|Phường|Đặc khu) ", "")
            : u.name().replaceFirst("^(Thành phố|Tỉnh) ", "");
    List<String> signer = new ArrayList<>();
    String title =
        n.signerTitle() == null || n.signerTitle().isBlank()
            ? msg("certificate.chair")
            : n.signerTitle();
    signer.add(VietnameseText.upper(title));
    return new Certificate(
        List.of(msg("nomination.doc.committee"), unitUpper),
        null,
        VietnameseText.upper(
            msg("certificate.title." + titleKey(n.award()), rulebook.name(n.award()))),
        List.of(msg("certificate.awarding", unitUpper), msg("certificate.gives")),
        n.subjectName(),
        List.of(n.subjectUnit()),
        msg("certificate.achievement", n.year()),
        msg(
            "certificate.decision",
            n.decisionNumber(),
            VietnameseDates.shortForm(n.decisionDate())),
        msg(
            "nomination.doc.place-date",
            place,
            VietnameseDates.day(n.decisionDate().getDayOfMonth()),
            VietnameseDates.month(n.decisionDate().getMonthValue()),
            Integer.toString(n.decisionDate().getYear())),
        signer,
        n.decisionSigner(),
        n.certificateCode(),
        verificationUrl(n.certificateCode()),
        n.status() == NominationView.Status.REVOKED);
  }

  private static String titleKey(String award) {
    if (award.startsWith("GIAY_KHEN")) {
      return "GIAY_KHEN";
    }
    if (award.startsWith("BANG_KHEN")) {
      return "BANG_KHEN";
    }
    return "OTHER";
  }
}
