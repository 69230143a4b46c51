package vn.thidua.movement;

import java.util.List;

/**
 * Codes of the titles and forms of commendation a plan may offer and a unit may register for, in
 * catalogue order (highest first). The one list the awards grid and registrations share.
 */
public final class AwardCatalogue {

  public static final List<String> CODES =
      List.of(
          "HUAN_CHUONG_LAO_DONG",
          "CO_THI_DUA_CHINH_PHU",
          "BANG_KHEN_THU_TUONG",
          "CO_THI_DUA_CAP_TINH",
          "BANG_KHEN_CAP_TINH",
          "GIAY_KHEN",
          "CO_THI_DUA_CAC_CAP",
          "CHIEN_SI_THI_DUA_TOAN_QUOC",
          "CHIEN_SI_THI_DUA_CAP_TINH",
          "CHIEN_SI_THI_DUA_CO_SO",
          "TAP_THE_LAO_DONG_XUAT_SAC",
          "TAP_THE_LAO_DONG_TIEN_TIEN",
          "LAO_DONG_TIEN_TIEN");

  private AwardCatalogue() {}
}
