package vn.thidua.document;

/** The XHTML a certificate is laid out from, for the LibreOffice anchor of the benchmarks. */
public final class CertificateXhtml {

  private CertificateXhtml() {}

  public static String of(Certificate certificate) {
    return CertificatePdf.html(certificate);
  }
}
