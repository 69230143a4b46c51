package vn.thidua.movement.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.thidua.document.StateDocument;
import vn.thidua.document.StateDocument.Block;
import vn.thidua.document.StateDocument.Kind;
import vn.thidua.document.StateDocxWriter;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.movement.PlanDocument;
import vn.thidua.movement.PlanDocument.Award;
import vn.thidua.movement.PlanDocument.Criterion;
import vn.thidua.movement.PlanDocument.Deadline;
import vn.thidua.movement.PlanDocument.DeadlineKind;
import vn.thidua.movement.PlanDocument.DocumentType;
import vn.thidua.movement.PlanDocument.LegalBasis;
import vn.thidua.movement.PlanDocument.Phase;
import vn.thidua.movement.PlanDocument.Responsibility;
import vn.thidua.movement.PlanDocument.Section;
import vn.thidua.movement.PlanDocument.Theme;

/**
 * Writes a structured plan back as a whole document in the state format: every section in order,
 * the structured parts where they stood, recipients and signature. Parsing the result gives the
 * same structured fields back.
 */
public final class PlanRenderer {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final List<String> PART_ORDER =
      List.of("THEMES", "CRITERIA", "AWARDS", "PHASES", "RESPONSIBILITIES");

  /** Parts placed by the header, the preamble or the decision, not by the body loop. */
  private static final List<String> SKIPPED_PARTS =
      List.of(
          "PREAMBLE",
          "ARTICLE",
          "AUTHORITY",
          "OPERATIVE",
          "PLAN_TITLE",
          "BASES",
          "PLAN_BASES",
          "PLAN_PREAMBLE");

  private PlanRenderer() {}

  public static byte[] docx(PlanDocument plan) {
    return StateDocxWriter.write(stateDocument(plan));
  }

  /** The same document as PDF, laid out alike (for reading on the public portal). */
  public static byte[] pdf(PlanDocument plan) {
    return vn.thidua.document.StatePdf.render(stateDocument(plan));
  }

  static StateDocument stateDocument(PlanDocument p) {
    boolean decision = p.documentType() == DocumentType.DECISION;
    List<Block> main = new ArrayList<>();
    List<Block> attachment = new ArrayList<>();
    List<Block> body = decision ? attachment : main;
    List<Section> sections = new ArrayList<>(p.sections());
    boolean hasStructuredSection =
        sections.stream().anyMatch(s -> s.parts().stream().anyMatch(PART_ORDER::contains));

    main.add(Block.of(Kind.DOCUMENT_TYPE, decision ? "QUYẾT ĐỊNH" : "KẾ HOẠCH"));
    if (p.title() != null) {
      main.add(Block.of(Kind.TITLE, p.title()));
    }
    if (decision) {
      sections.stream()
          .filter(s -> s.parts().contains("AUTHORITY"))
          .findFirst()
          .ifPresent(s -> main.add(Block.of(Kind.CENTERED, s.heading())));
    }
    List<String> writtenBases = new ArrayList<>();
    for (Section s : sections) {
      if ((s.parts().contains("BASES") || s.parts().contains("PLAN_BASES")) && s.text() != null) {
        writtenBases.addAll(List.of(s.text().split("\n")));
      }
    }
    boolean unedited =
        !writtenBases.isEmpty() && sameBases(LegalBases.read(writtenBases), p.legalBases());
    if (unedited) {
      // As written: the decision's preamble here, the attached plan's with the plan.
      for (Section s : sections) {
        if (s.parts().contains("BASES") || (!decision && s.parts().contains("PLAN_BASES"))) {
          s.text().lines().forEach(line -> main.add(Block.of(Kind.PARAGRAPH, line)));
        }
      }
    } else {
      for (LegalBasis b : p.legalBases()) {
        main.add(Block.of(Kind.PARAGRAPH, "Căn cứ " + b.text() + ";"));
      }
    }
    for (Section s : sections) {
      if (s.parts().contains("PREAMBLE") && s.text() != null) {
        main.add(Block.of(Kind.PARAGRAPH, s.text()));
      }
    }
    if (decision) {
      main.add(Block.of(Kind.CENTERED, "QUYẾT ĐỊNH:"));
      for (Section s : sections) {
        if (s.parts().contains("ARTICLE")) {
          main.add(
              Block.of(
                  Kind.PARAGRAPH,
                  (s.heading() == null ? "" : s.heading() + " ")
                      + (s.text() == null ? "" : s.text())));
        }
      }
      attachment.add(Block.of(Kind.DOCUMENT_TYPE, "KẾ HOẠCH"));
      Section planTitle =
          sections.stream().filter(s -> s.parts().contains("PLAN_TITLE")).findFirst().orElse(null);
      if (planTitle != null && planTitle.text() != null) {
        String[] lines = planTitle.text().split("\n");
        attachment.add(Block.of(Kind.TITLE, lines[0]));
        for (int i = 1; i < lines.length; i++) {
          attachment.add(Block.of(Kind.SUBTITLE, lines[i]));
        }
      } else if (p.title() != null) {
        attachment.add(
            Block.of(Kind.TITLE, p.title().replaceFirst("^(?iu)ban hành kế hoạch\\s+", "")));
      }
      for (Section s : sections) {
        if (unedited && s.parts().contains("PLAN_BASES") && s.text() != null) {
          s.text().lines().forEach(line -> attachment.add(Block.of(Kind.PARAGRAPH, line)));
        }
        if (s.parts().contains("PLAN_PREAMBLE") && s.text() != null) {
          attachment.add(Block.of(Kind.PARAGRAPH, s.text()));
        }
      }
    }

    List<String> rendered = new ArrayList<>();
    for (Section s : sections) {
      if (s.parts().stream().anyMatch(x -> SKIPPED_PARTS.contains(x))) {
        continue;
      }
      if (s.heading() != null) {
        body.add(Block.of(Kind.HEADING, s.heading()));
      }
      if (s.text() != null) {
        for (String line : s.text().split("\n")) {
          if (!line.isBlank()) {
            body.add(Block.of(isHeadingLine(line) ? Kind.HEADING : Kind.PARAGRAPH, line));
          }
        }
      }
      int sub = 0;
      for (String part : PART_ORDER) {
        if (s.parts().contains(part)) {
          sub = part(body, part, s, p, sub, rendered);
        }
      }
    }
    if (!hasStructuredSection) {
      // A draft edited or written elsewhere: the structured parts in the usual order.
      int roman = 1;
      for (String part : PART_ORDER) {
        if (hasPart(p, part)) {
          body.add(Block.of(Kind.HEADING, roman(roman++) + ". " + defaultHeading(part)));
          part(body, part, new Section(defaultHeading(part), null, List.of(part)), p, 0, rendered);
        }
      }
    }
    missingDeadlines(body, p);

    StateDocument.Signature signature = null;
    if (p.signer() != null) {
      List<String> lines = new ArrayList<>();
      if (p.signer().onBehalfOf() != null) {
        lines.add("TM. " + p.signer().onBehalfOf().toUpperCase(VI));
      }
      if (p.signer().signingFor() != null) {
        lines.add("KT. " + p.signer().signingFor().toUpperCase(VI));
      }
      if (p.signer().title() != null) {
        lines.add(p.signer().title().toUpperCase(VI));
      }
      signature = new StateDocument.Signature(lines, p.signer().name());
    }
    return new StateDocument(
        upper(p.issuer() == null ? null : p.issuer().parent()),
        upper(p.issuer() == null ? null : p.issuer().name()),
        numberLine(p),
        placeDateLine(p),
        main,
        p.recipients(),
        signature,
        decision ? attachment : List.of());
  }

  private static boolean sameBases(List<LegalBasis> a, List<LegalBasis> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!java.util.Objects.equals(a.get(i).number(), b.get(i).number())
          || !java.util.Objects.equals(a.get(i).symbol(), b.get(i).symbol())) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasPart(PlanDocument p, String part) {
    return switch (part) {
      case "THEMES" -> !p.themes().isEmpty();
      case "CRITERIA" -> !p.criteria().isEmpty();
      case "AWARDS" -> !p.awards().isEmpty();
      case "PHASES" -> !p.phases().isEmpty();
      default -> !p.responsibilities().isEmpty();
    };
  }

  private static String defaultHeading(String part) {
    return switch (part) {
      case "THEMES" -> "NỘI DUNG PHONG TRÀO THI ĐUA";
      case "CRITERIA" -> "TIÊU CHÍ THI ĐUA";
      case "AWARDS" -> "HÌNH THỨC KHEN THƯỞNG";
      case "PHASES" -> "THỜI GIAN THỰC HIỆN";
      default -> "TỔ CHỨC THỰC HIỆN";
    };
  }

  private static int part(
      List<Block> body, String part, Section s, PlanDocument p, int sub, List<String> rendered) {
    String heading = s.heading() == null ? "" : VietnameseText.fold(s.heading());
    switch (part) {
      case "THEMES" -> {
        sub++;
        body.add(Block.of(Kind.HEADING, sub + ". Nội dung thi đua"));
        for (Theme t : p.themes()) {
          body.add(Block.of(Kind.PARAGRAPH, "- " + t.title() + ";"));
          for (String item : t.items()) {
            body.add(Block.of(Kind.PARAGRAPH, "+ " + item + ";"));
          }
        }
      }
      case "CRITERIA" -> {
        sub++;
        body.add(Block.of(Kind.HEADING, sub + ". Tiêu chí thi đua"));
        int k = 0;
        for (Criterion c : p.criteria()) {
          body.add(Block.of(Kind.HEADING, sub + "." + (++k) + ". " + c.heading()));
          for (String item : c.items()) {
            body.add(Block.of(Kind.PARAGRAPH, "- " + item + "."));
          }
        }
      }
      case "AWARDS" -> {
        sub++;
        body.add(Block.of(Kind.HEADING, sub + ". Hình thức khen thưởng"));
        int k = 0;
        for (Award a : p.awards()) {
          body.add(
              Block.of(
                  Kind.HEADING,
                  sub + "." + (++k) + ". " + PlanAwardWording.occasionHeading(a.occasion())));
          if (a.forms().isEmpty()) {
            body.add(
                Block.of(
                    Kind.PARAGRAPH,
                    "Thực hiện theo quy định của pháp luật về thi đua, khen thưởng."));
          }
          for (int i = 0; i < a.forms().size(); i++) {
            body.add(
                Block.of(
                    Kind.PARAGRAPH,
                    "- "
                        + vn.thidua.rulebook.AwardNames.name(a.forms().get(i))
                        + (i == a.forms().size() - 1 ? "." : ";")));
          }
        }
      }
      case "PHASES" -> {
        boolean own =
            heading.contains("thoi gian")
                || heading.contains("giai doan")
                || heading.contains("tien do");
        if (!own) {
          sub++;
          body.add(Block.of(Kind.HEADING, sub + ". Thời gian thực hiện"));
        }
        int k = 0;
        for (Phase ph : p.phases()) {
          k++;
          String review =
              ph.review() == PlanDocument.Occasion.INTERIM
                  ? "sơ kết"
                  : ph.review() == PlanDocument.Occasion.FINAL ? "tổng kết" : "đánh giá";
          body.add(
              Block.of(
                  Kind.PARAGRAPH,
                  "- Giai đoạn "
                      + k
                      + " (từ "
                      + ph.fromYear()
                      + " - "
                      + ph.toYear()
                      + "): tổ chức triển khai thực hiện Phong trào thi đua; "
                      + review
                      + " vào năm "
                      + (ph.reviewYear() == null ? ph.toYear() : ph.reviewYear())
                      + "."));
        }
        for (Deadline d : p.deadlines()) {
          if (d.kind() == DeadlineKind.PLAN_ISSUE) {
            body.add(Block.of(Kind.PARAGRAPH, planIssueSentence(d)));
            rendered.add(key(d));
          }
        }
      }
      default -> {
        boolean own =
            heading.matches(".*(to chuc|trach nhiem|phan cong) (trien khai )?thuc hien.*");
        String prefix = "";
        if (!own) {
          sub++;
          body.add(Block.of(Kind.HEADING, sub + ". Tổ chức thực hiện"));
          prefix = sub + ".";
        }
        int k = 0;
        for (Responsibility r : p.responsibilities()) {
          body.add(Block.of(Kind.HEADING, prefix + (++k) + ". " + r.body()));
          for (String task : r.tasks()) {
            body.add(
                Block.of(Kind.PARAGRAPH, "- " + task + (task.matches(".*[.;:!?]$") ? "" : ";")));
          }
        }
      }
    }
    return sub;
  }

  /** Deadlines the rendered text does not state yet, written out so that they are not lost. */
  private static void missingDeadlines(List<Block> body, PlanDocument p) {
    StringBuilder all = new StringBuilder();
    for (Block b : body) {
      all.append(b.text()).append('\n');
    }
    String text = all.toString();
    boolean headed = false;
    for (Deadline d : p.deadlines()) {
      boolean present =
          d.kind() == DeadlineKind.ANNUAL_REPORT
              ? d.text() != null && text.contains(d.text())
              : text.contains(planIssueSentence(d));
      if (present) {
        continue;
      }
      if (!headed) {
        // A top-level heading of its own, so that these sentences fall inside no other part.
        body.add(Block.of(Kind.HEADING, "CHẾ ĐỘ BÁO CÁO VÀ THỜI HẠN"));
        headed = true;
      }
      if (d.kind() == DeadlineKind.ANNUAL_REPORT) {
        if (d.text() != null && text.contains(d.text())) {
          continue;
        }
        String from = d.from() == null ? "các cơ quan, đơn vị" : d.from();
        String to = d.to() == null ? "cơ quan thường trực" : d.to();
        if (d.day() == null || d.month() == null) {
          if (d.event() != null) {
            body.add(
                Block.of(
                    Kind.PARAGRAPH,
                    "Hằng năm, "
                        + lowerFirst(from)
                        + " gửi báo cáo kết quả thực hiện cùng với báo cáo "
                        + d.event()
                        + " về "
                        + to
                        + "."));
          }
          continue;
        }
        body.add(
            Block.of(
                Kind.PARAGRAPH,
                "Định kỳ hằng năm, "
                    + lowerFirst(from)
                    + " gửi báo cáo kết quả thực hiện về "
                    + to
                    + " trước ngày "
                    + VietnameseDates.day(d.day())
                    + "/"
                    + VietnameseDates.month(d.month())
                    + "."));
      } else if (!text.contains(planIssueSentence(d))) {
        body.add(Block.of(Kind.PARAGRAPH, planIssueSentence(d)));
      }
    }
  }

  private static String planIssueSentence(Deadline d) {
    String who = d.from() == null ? "Các cơ quan, đơn vị" : d.from();
    String when;
    if (d.withinDays() != null) {
      when = "trong vòng " + d.withinDays() + " ngày kể từ ngày Kế hoạch này được ban hành";
    } else if (d.byQuarter() != null) {
      when = "hoàn thành trong Quý " + roman(d.byQuarter()) + "/" + d.year();
    } else {
      when = "trước tháng " + d.byMonth() + "/" + d.year();
    }
    return who + " ban hành kế hoạch triển khai thực hiện " + when + ".";
  }

  private static String key(Deadline d) {
    return d.kind() + "" + d.withinDays() + d.byQuarter() + d.byMonth() + d.year();
  }

  private static boolean isHeadingLine(String line) {
    Marker m = Marker.of(line);
    return m.kind() == Marker.Kind.ROMAN
        || (m.kind() == Marker.Kind.DECIMAL && m.body().length() < 120);
  }

  private static String numberLine(PlanDocument p) {
    String number = p.number() == null ? "      " : p.number().toString();
    return "Số: " + number + "/" + (p.symbol() == null ? "" : p.symbol());
  }

  private static String placeDateLine(PlanDocument p) {
    PlanDocument.PartialDate d = p.issuedOn();
    String blank = "     ";
    String day = d == null || d.day() == null ? blank : VietnameseDates.day(d.day());
    String month = d == null || d.month() == null ? blank : VietnameseDates.month(d.month());
    String year = d == null || d.year() == null ? blank : d.year().toString();
    return (p.place() == null ? "" : p.place())
        + ", ngày "
        + day
        + " tháng "
        + month
        + " năm "
        + year;
  }

  private static String upper(String s) {
    return s == null ? null : s.toUpperCase(VI);
  }

  private static String lowerFirst(String s) {
    if (s == null || s.isEmpty()) {
      return s;
    }
    // Keep document names as written ("Nghị định số …", "Luật …"): only a leading common word is
    // lowered.
    return s;
  }

  static String roman(int n) {
    String[] r = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
    return n > 0 && n < r.length ? r[n] : Integer.toString(n);
  }
}
