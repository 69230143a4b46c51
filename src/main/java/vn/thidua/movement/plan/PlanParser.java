package vn.thidua.movement.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.document.DocxReader;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.movement.PlanDocument;
import vn.thidua.movement.PlanDocument.Award;
import vn.thidua.movement.PlanDocument.Criterion;
import vn.thidua.movement.PlanDocument.Deadline;
import vn.thidua.movement.PlanDocument.DeadlineKind;
import vn.thidua.movement.PlanDocument.DocumentType;
import vn.thidua.movement.PlanDocument.Issuer;
import vn.thidua.movement.PlanDocument.LegalBasis;
import vn.thidua.movement.PlanDocument.Occasion;
import vn.thidua.movement.PlanDocument.PartialDate;
import vn.thidua.movement.PlanDocument.ParticipantType;
import vn.thidua.movement.PlanDocument.Period;
import vn.thidua.movement.PlanDocument.Phase;
import vn.thidua.movement.PlanDocument.Responsibility;
import vn.thidua.movement.PlanDocument.Section;
import vn.thidua.movement.PlanDocument.Signer;
import vn.thidua.movement.PlanDocument.Theme;
import vn.thidua.movement.Recipients;

/**
 * Reads a plan or a decision with its attached plan into the structured draft of the contract.
 * Sections are found by heading keywords and the numbering grammar, never by position or by
 * knowledge of particular files. Plain Java: no Spring, no I/O.
 */
public final class PlanParser {

  private static final List<String> DOCUMENT_TYPES =
      List.of(
          "ke hoach",
          "quyet dinh",
          "cong van",
          "bao cao",
          "thong bao",
          "to trinh",
          "chi thi",
          "huong dan",
          "nghi quyet",
          "chuong trinh",
          "de an",
          "bien ban",
          "giay moi",
          "thong tu",
          "nghi dinh",
          "luat",
          "phuong an",
          "quy che",
          "quy dinh",
          "ke hoach lien tich",
          "cong dien",
          "giay khen",
          "bang khen");
  private static final Pattern NUMBER_LINE =
      Pattern.compile(
          "^Số\\s*:?\\s*(\\d*)\\s*/\\s*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PLACE_DATE =
      Pattern.compile(
          "^(?<place>[^,]{2,60}),\\s*ngày\\s*(?:(?<day>\\d{1,2})?\\s*tháng\\s*(?<month>\\d{1,2})?\\s*năm\\s*(?<year>\\d{4})?|(?<d2>\\d{1,2})\\s*[/.-]\\s*(?<m2>\\d{1,2})\\s*[/.-]\\s*(?<y2>\\d{4})).*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern QUOTED = Pattern.compile("[“\"«]\\s*([^”\"»“]+?)\\s*[”\"»]");
  private static final Pattern PHASE_START =
      Pattern.compile("^giai doan\\s*(\\d+|[ivx]+|mot|hai|ba|bon|nam|thu (nhat|hai|ba|tu|nam))\\b");
  private static final Pattern REPORT_DAY =
      Pattern.compile(
          "trước\\s+ngày\\s*(\\d{1,2})\\s*(?:[/.-]\\s*(\\d{1,2})(?!\\s*[/.-]\\s*\\d)|\\s+tháng\\s+(\\d{1,2})(?!\\s*năm))",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern WITHIN_DAYS =
      Pattern.compile(
          "(?:trong|sau|chậm nhất sau|không quá)\\s+(?:vòng|thời hạn|thời gian)?\\s*(\\d{1,3})\\s+ngày",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern BY_QUARTER =
      Pattern.compile(
          "quý\\s+(IV|I{1,3}|[1-4])\\s*(?:/|năm|-)\\s*(\\d{4})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern BY_MONTH =
      Pattern.compile(
          "(?:trước|trong)\\s+tháng\\s+(\\d{1,2})\\s*(?:/|năm|-)\\s*(\\d{4})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SENDER =
      Pattern.compile(
          "^(?:định kỳ\\s+(?:\\d+\\s+tháng\\s*,?\\s*)?)?(?:hằng|hàng)\\s+năm\\s*+,?\\s*+(?!gửi\\b|báo cáo\\b|tổng hợp\\b)(\\p{L}.*?)\\s+(?:gửi|báo cáo|tổng hợp)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SUBJECT_SENDS =
      Pattern.compile(
          "^(.{3,120}?)\\s+(?:gửi báo cáo|báo cáo kết quả)\\b",
          Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * A verb or a time that starts a body's task, capitalised: the task's first line joined to the
   * body's heading ("3. Ủy ban nhân dân các xã" / "Báo cáo kết quả …" read as one line).
   */
  private static final Pattern TASK_START =
      Pattern.compile(
          "(?<=\\p{Ll}|\\))\\s+(Báo cáo|Chủ trì|Phối hợp|Tham mưu|Xây dựng|Triển khai|Hướng dẫn|Thực hiện|Tuyên truyền|Căn cứ|Vận động|Theo dõi|Đẩy mạnh|Chủ động|Có trách nhiệm|Tiếp tục|Định kỳ|Hằng năm|Hàng năm|Là cơ quan|Gửi|Tổng hợp|Kịp thời|Trong vòng|Trước ngày)\\b",
          Pattern.UNICODE_CHARACTER_CLASS);

  /** A directive before the bodies it addresses: "Hướng dẫn các thôn … gửi báo cáo". */
  private static final Pattern DIRECTIVE =
      Pattern.compile(
          "^(?:hướng dẫn|đề nghị|yêu cầu|đôn đốc|chỉ đạo)\\s+(?=các\\b|\\p{Lu})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * "… cùng với báo cáo tổng kết công tác thi đua, khen thưởng hằng năm": a report tied to an
   * event.
   */
  private static final Pattern EVENT =
      Pattern.compile(
          "(?:cùng với|cùng thời điểm|cùng lúc với|đồng thời với|kết hợp với|lồng ghép (?:với|trong|vào))\\s+(?:(?:báo cáo|hội nghị|việc|dịp)\\s+)?((?:tổng kết|sơ kết)\\s+[^.;]*?)(?=\\s+(?:gửi|về|để|trước|nhằm)\\b|[.;]|$)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  /** "…, đồng thời gửi X": one more recipient after the date. */
  private static final Pattern ALSO_TO =
      Pattern.compile(
          "đồng thời (?:gửi|báo cáo)(?: về)?\\s+([^.;]+?)(?=\\s+(?:để|nhằm)\\b|[.;]|$)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern RESPONSIBILITY_VERB =
      Pattern.compile(
          "\\s(vận động|chủ trì|phối hợp|tăng cường|tích cực|căn cứ|xây dựng|triển khai|tổ chức thực hiện|tuyên truyền|có trách nhiệm|chỉ đạo|hướng dẫn|đẩy mạnh|tham mưu|theo dõi|chủ động|thực hiện)\\b",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final List<String> CLOSING_STARTS =
      List.of(
          "tren day",
          "trong qua trinh",
          "dinh ky hang nam",
          "dinh ky hang thang",
          "yeu cau cac",
          "de nghi cac");

  /**
   * The closing request to heads of other bodies ("Đề nghị Giám đốc các sở, Thủ trưởng các ban,
   * ngành …"): addressed to the plan's readers, not a task of the last numbered body.
   */
  private static final Pattern CLOSING_REQUEST =
      Pattern.compile(
          "^(de nghi|yeu cau) (cac|giam doc|thu truong|chu tich|truong|lanh dao|nguoi dung dau)\\b.*");

  /** "Thực hiện phong trào thi đua …" is a subject line, "Thực hiện Quyết định số …" a basis. */
  private static final Pattern TITLE_NOT_BASIS =
      Pattern.compile(
          "^Thực hiện\\s+(?!(Quyết định|Nghị quyết|Nghị định|Kế hoạch|Chỉ thị|Công văn|Thông tư|Luật|Chương trình|Hướng dẫn|Kết luận|Văn bản|Thông báo)\\b)",
          Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern REVIEW = Pattern.compile("(so ket|tong ket)");
  private static final Pattern SYMBOL_THEN_REST =
      Pattern.compile("^(\\S+(?:\\s*-\\s*\\S+)?)\\s+(.+)$");
  private static final Pattern PHASE_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern DESTINATION =
      Pattern.compile("(?<=\\s)(về|gửi)(?=\\s)", Pattern.UNICODE_CASE);

  private PlanParser() {}

  /** Parses a plain-text plan (UTF-8 text already decoded). */
  public static PlanDocument parseText(String text) {
    return parse(PlanText.fromPlainText(text));
  }

  /** The legal bases named in preamble paragraphs (one paragraph per element). */
  public static List<LegalBasis> legalBasesOf(List<String> paragraphs) {
    return LegalBases.read(
        paragraphs.stream()
            .map(VietnameseText::clean)
            .filter(s -> s != null && !s.isEmpty())
            .toList());
  }

  /** Parses the paragraphs of a Word plan. */
  public static PlanDocument parseDocx(List<DocxReader.Paragraph> paragraphs) {
    return parse(PlanText.fromDocx(paragraphs));
  }

  // ---------------------------------------------------------------------------------------------

  private static final class State {
    final List<String> warnings = new ArrayList<>();
    final Set<String> ocr = new LinkedHashSet<>();
    final List<Section> sections = new ArrayList<>();
    final List<Section> closing = new ArrayList<>();

    String fix(String s) {
      if (s == null) {
        return null;
      }
      if (s.indexOf('\n') >= 0) {
        // Multi-line text (a section): each line on its own.
        StringBuilder sb = new StringBuilder();
        for (String line : s.split("\n")) {
          if (!line.isBlank()) {
            sb.append(sb.length() == 0 ? "" : "\n").append(fix(line));
          }
        }
        return sb.toString();
      }
      return Wording.modernTone(Wording.fixOcr(VietnameseText.clean(s), ocr));
    }

    void warn(String w) {
      if (!warnings.contains(w)) {
        warnings.add(w);
      }
    }
  }

  static PlanDocument parse(List<Para> paras) {
    State st = new State();
    int typeIdx = findTypeLine(paras, 0, Math.min(paras.size(), 80), true);
    if (typeIdx < 0) {
      throw new BusinessRuleViolation("plan.type-missing");
    }
    String typeFolded = typeKey(paras.get(typeIdx));
    DocumentType type =
        switch (typeFolded) {
          case "ke hoach" -> DocumentType.PLAN;
          case "quyet dinh" -> DocumentType.DECISION;
          default -> throw new BusinessRuleViolation("plan.not-a-plan", paras.get(typeIdx).text());
        };
    Header header = readHeader(paras.subList(0, typeIdx), st);

    String title;
    List<String> preamble = new ArrayList<>();
    List<String> planPreamble = new ArrayList<>();
    List<Para> body;
    Closing closing;
    int i = typeIdx + 1;
    if (type == DocumentType.DECISION) {
      TitleRead t = readTitle(paras, i, true);
      title = t.title();
      i = t.next();
      if (i < paras.size() && paras.get(i).upperCase() && !isOperative(paras.get(i))) {
        st.sections.add(new Section(paras.get(i).text(), null, List.of("AUTHORITY")));
        i++;
      }
      int operative = i;
      while (operative < paras.size() && !isOperative(paras.get(operative))) {
        operative++;
      }
      for (int k = i; k < Math.min(operative, paras.size()); k++) {
        preamble.add(paras.get(k).text());
      }
      int planIdx =
          operative < paras.size() ? findTypeLine(paras, operative + 1, paras.size(), false) : -1;
      int decisionEnd = planIdx < 0 ? paras.size() : planIdx;
      int articlesStart = Math.min(operative + 1, paras.size());
      int closingIdx = findClosing(paras, articlesStart, decisionEnd);
      List<Para> articles = paras.subList(articlesStart, closingIdx);
      closing = readClosing(paras.subList(closingIdx, decisionEnd));
      if (operative < paras.size()) {
        st.sections.add(new Section(paras.get(operative).text(), null, List.of("OPERATIVE")));
      }
      for (Para a : articles) {
        if (a.marker().kind() == Marker.Kind.ARTICLE) {
          st.sections.add(new Section(a.marker().label(), st.fix(a.body()), List.of("ARTICLE")));
        } else {
          st.sections.add(new Section(null, st.fix(a.text()), List.of("ARTICLE")));
        }
      }
      if (planIdx >= 0) {
        int j = planIdx + 1;
        TitleRead planTitle = readTitle(paras, j, false);
        j = planTitle.next();
        StringBuilder attached =
            new StringBuilder(planTitle.title() == null ? "" : planTitle.title());
        while (j < paras.size()
            && VietnameseText.fold(paras.get(j).text()).startsWith("(kem theo")) {
          attached.append('\n').append(paras.get(j).text());
          j++;
        }
        st.sections.add(
            new Section(
                paras.get(planIdx).text(), st.fix(attached.toString()), List.of("PLAN_TITLE")));
        int bodyStart = findBodyStart(paras, j);
        for (int k = j; k < bodyStart; k++) {
          planPreamble.add(paras.get(k).text());
        }
        int planClosing = findClosing(paras, bodyStart, paras.size());
        body = new ArrayList<>(paras.subList(bodyStart, planClosing));
        Closing second = readClosing(paras.subList(planClosing, paras.size()));
        if (closing.signer() == null && second.signer() != null) {
          closing =
              new Closing(
                  closing.recipients().isEmpty() ? second.recipients() : closing.recipients(),
                  second.signer());
        }
      } else {
        body = new ArrayList<>(articles);
      }
    } else {
      TitleRead t = readTitle(paras, i, false);
      title = t.title();
      i = t.next();
      while (i < paras.size() && VietnameseText.fold(paras.get(i).text()).startsWith("(kem theo")) {
        i++;
      }
      int bodyStart = findBodyStart(paras, i);
      for (int k = i; k < bodyStart; k++) {
        preamble.add(paras.get(k).text());
      }
      int closingIdx = findClosing(paras, bodyStart, paras.size());
      body = new ArrayList<>(paras.subList(bodyStart, closingIdx));
      closing = readClosing(paras.subList(closingIdx, paras.size()));
    }

    // Preambles (the decision's, the attached plan's): legal bases and the other opening
    // paragraphs.
    List<String> basisParagraphs = new ArrayList<>();
    basisParagraphs.addAll(preamble(preamble, "BASES", "PREAMBLE", st));
    basisParagraphs.addAll(preamble(planPreamble, "PLAN_BASES", "PLAN_PREAMBLE", st));
    // The movement's own words are corrected everywhere, in the legal bases' text too.
    List<LegalBasis> legalBases =
        LegalBases.read(basisParagraphs).stream()
            .map(b ->
                new LegalBasis(
                    b.symbol(), b.number(), b.date(), st.fix(b.issuer()), st.fix(b.text())))
            .toList();

    String cleanTitle = title == null ? null : st.fix(tidyQuotes(title));
    List<String> movements = movements(cleanTitle, st);

    Outline.Node root = Outline.build(body);
    Map<Outline.Node, String> consumed = new IdentityHashMap<>();
    Set<String> consumedContent = new HashSet<>();

    List<Theme> themes = themes(root, st, consumed);
    Outline.Node criteriaNode = criteriaNode(root);
    List<Criterion> criteria = criteria(criteriaNode, st, consumed);
    List<Award> awards = awards(root, criteriaNode, st, consumed);
    List<Phase> phases = phases(root, st, consumed, consumedContent);
    Outline.Node responsibilitiesNode = responsibilitiesNode(root);
    List<Responsibility> responsibilities =
        responsibilities(responsibilitiesNode, st, consumed, consumedContent);
    List<Deadline> deadlines = deadlines(root, responsibilitiesNode, st);

    if (type == DocumentType.DECISION && themes.isEmpty() && phases.isEmpty()) {
      throw new BusinessRuleViolation("plan.no-plan-content");
    }

    Period period = period(cleanTitle, phases);
    bodySections(root, consumed, consumedContent, st);
    st.sections.addAll(st.closing);

    for (String slip : st.ocr) {
      st.warn(
          "Đã sửa lỗi nhận dạng chữ «" + slip + "» thành «" + Wording.OCR_SLIPS.get(slip) + "».");
    }
    if (closing.signer() == null) {
      st.warn("Không tìm thấy khối chữ ký (người ký).");
    }
    if (themes.isEmpty()) {
      st.warn("Không tìm thấy mục nội dung thi đua.");
    }
    if (phases.isEmpty()) {
      st.warn("Không tìm thấy các giai đoạn thực hiện.");
    }

    Signer signer = closing.signer();
    List<String> recipients = closing.recipients();
    return new PlanDocument(
        type,
        header.number(),
        header.symbol(),
        new Issuer(header.issuerParent(), header.issuerName()),
        header.place(),
        header.issuedOn(),
        cleanTitle,
        movements,
        period,
        legalBases,
        themes,
        criteria,
        awards,
        phases,
        deadlines,
        responsibilities,
        st.sections,
        signer,
        recipients,
        st.warnings);
  }

  private static List<String> preamble(
      List<String> paragraphs, String basesPart, String otherPart, State st) {
    List<String> bases = new ArrayList<>();
    for (String p : paragraphs) {
      if (LegalBases.opensBasis(p)) {
        bases.add(p);
      } else {
        st.sections.add(new Section(null, st.fix(p), List.of(otherPart)));
      }
    }
    if (!bases.isEmpty()) {
      st.sections.add(new Section(null, st.fix(String.join("\n", bases)), List.of(basesPart)));
    }
    return bases;
  }

  // --- Document type, header, title -------------------------------------------------------------

  private static String typeKey(Para p) {
    return VietnameseText.fold(p.text()).replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
  }

  private static int findTypeLine(List<Para> paras, int from, int to, boolean anyType) {
    for (int k = from; k < to; k++) {
      Para p = paras.get(k);
      if (!p.upperCase() || p.text().contains(":") || p.text().length() > 40) {
        continue;
      }
      String key = typeKey(p);
      if (anyType ? DOCUMENT_TYPES.contains(key) : key.equals("ke hoach")) {
        return k;
      }
    }
    return -1;
  }

  private record Header(
      String issuerParent,
      String issuerName,
      Integer number,
      String symbol,
      String place,
      PartialDate issuedOn) {}

  private static Header readHeader(List<Para> header, State st) {
    List<String> issuer = new ArrayList<>();
    Integer number = null;
    String symbol = null;
    String place = null;
    PartialDate date = new PartialDate(null, null, null);
    for (Para p : header) {
      String t = p.text();
      String f = VietnameseText.fold(t);
      Matcher nm = NUMBER_LINE.matcher(t);
      Matcher pd = PLACE_DATE.matcher(t);
      if (nm.matches()) {
        number = nm.group(1).isEmpty() ? null : Integer.valueOf(nm.group(1));
        String rest = nm.group(2);
        // The place and date set beside the number on the same line (tab stops, two columns).
        Matcher sameLine = SYMBOL_THEN_REST.matcher(rest);
        if (sameLine.matches()) {
          Matcher pd2 = PLACE_DATE.matcher(sameLine.group(2));
          if (pd2.matches()) {
            rest = sameLine.group(1);
            place = Wording.modernTone(pd2.group("place").strip());
            boolean numeric = pd2.group("y2") != null;
            date =
                new PartialDate(
                    integer(numeric ? pd2.group("y2") : pd2.group("year")),
                    integer(numeric ? pd2.group("m2") : pd2.group("month")),
                    integer(numeric ? pd2.group("d2") : pd2.group("day")));
          }
        }
        symbol = rest.replaceAll("\\s+", "");
        if (symbol.isEmpty()) {
          symbol = null;
        }
      } else if (pd.matches()) {
        place = Wording.modernTone(pd.group("place").strip());
        boolean numeric = pd.group("y2") != null;
        date =
            new PartialDate(
                integer(numeric ? pd.group("y2") : pd.group("year")),
                integer(numeric ? pd.group("m2") : pd.group("month")),
                integer(numeric ? pd.group("d2") : pd.group("day")));
      } else if (f.startsWith("cong hoa xa hoi chu nghia")
          || f.startsWith("doc lap")
          || f.matches("^[-_=.\\s]*$")) {
        continue;
      } else if (p.upperCase() && t.length() <= 120) {
        issuer.add(Wording.modernTone(t));
      }
    }
    // "ỦY BAN NHÂN DÂN" / "XÃ NAM SÁCH": a body's name wrapped over two lines is one name.
    for (int k = issuer.size() - 1; k > 0; k--) {
      String first = VietnameseText.fold(issuer.get(k - 1));
      String second = VietnameseText.fold(issuer.get(k));
      if (first.matches(
              "^(uy ban nhan dan|hoi dong nhan dan|ubnd|hdnd|ban chi dao|hoi dong thi dua.*)$")
          && second.matches(
              "^(xa|phuong|dac khu|tinh|thanh pho|huyen|quan|thi xa|thi tran)\\b.*")) {
        issuer.set(k - 1, issuer.get(k - 1) + " " + issuer.get(k));
        issuer.remove(k);
      }
    }
    String parent = issuer.size() >= 2 ? issuer.get(issuer.size() - 2) : null;
    String name = issuer.isEmpty() ? null : issuer.getLast();
    return new Header(parent, name, number, symbol, place, date);
  }

  private static Integer integer(String s) {
    return s == null ? null : Integer.valueOf(s);
  }

  private record TitleRead(String title, int next) {}

  private static TitleRead readTitle(List<Para> paras, int from, boolean decision) {
    StringBuilder title = new StringBuilder();
    int k = from;
    while (k < paras.size()) {
      Para p = paras.get(k);
      String f = VietnameseText.fold(p.text());
      boolean stop =
          (LegalBases.opensBasis(p.text())
                  && (title.length() > 0 || !TITLE_NOT_BASIS.matcher(p.text()).find()))
              || f.startsWith("(kem theo")
              || p.marker().numbered()
              || (decision && p.upperCase() && title.length() > 0)
              || isOperative(p)
              || (title.length() > 0
                  && !(PlanText.startsLowercase(p.text()) || p.text().matches("^[“\"«(].*"))
                  && !(p.upperCase() && PlanText.isUpperCase(title.toString())));
      if (stop || title.length() > 600) {
        break;
      }
      if (title.length() > 0) {
        title.append(' ');
      }
      title.append(p.text());
      k++;
    }
    return new TitleRead(title.length() == 0 ? null : title.toString(), k);
  }

  private static boolean isOperative(Para p) {
    return VietnameseText.fold(p.text()).replaceAll("\\s+", " ").matches("^quyet dinh\\s*:.*");
  }

  static String tidyQuotes(String title) {
    Matcher m = QUOTED.matcher(title);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String open = m.group().substring(0, 1);
      String close = m.group().substring(m.group().length() - 1);
      m.appendReplacement(sb, Matcher.quoteReplacement(open + m.group(1).strip() + close));
    }
    m.appendTail(sb);
    return sb.toString().replaceAll("\\s+", " ").strip();
  }

  private static List<String> movements(String title, State st) {
    List<String> movements = new ArrayList<>();
    if (title == null) {
      return movements;
    }
    Matcher m = QUOTED.matcher(title);
    while (m.find()) {
      movements.add(m.group(1).strip());
    }
    if (movements.isEmpty()) {
      Matcher plain =
          Pattern.compile(
                  "phong trào thi đua\\s+(.+?)\\s*(?:,?\\s*giai đoạn\\b|$)",
                  Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
              .matcher(title);
      if (plain.find()) {
        movements.add(plain.group(1).strip());
        st.warn("Tên phong trào không đặt trong ngoặc kép; đã lấy phần sau «phong trào thi đua».");
      } else {
        st.warn("Không xác định được tên phong trào trong trích yếu.");
      }
    }
    return movements;
  }

  private static Period period(String title, List<Phase> phases) {
    if (title != null) {
      Matcher m =
          Pattern.compile(
                  "giai đoạn\\s*(?:từ\\s*)?(?:năm\\s*)?(\\d{4})\\s*(?:-|–|—|đến)\\s*(?:năm\\s*)?(\\d{4})",
                  Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
              .matcher(title);
      if (m.find()) {
        return new Period(Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)));
      }
    }
    Integer from = null;
    Integer to = null;
    for (Phase p : phases) {
      if (p.fromYear() != null && (from == null || p.fromYear() < from)) {
        from = p.fromYear();
      }
      if (p.toYear() != null && (to == null || p.toYear() > to)) {
        to = p.toYear();
      }
    }
    return new Period(from, to);
  }

  // --- Body boundaries and closing ---------------------------------------------------------------

  private static int findBodyStart(List<Para> paras, int from) {
    for (int k = from; k < paras.size(); k++) {
      Para p = paras.get(k);
      Marker m = p.marker();
      if (m.kind() == Marker.Kind.ROMAN) {
        return k;
      }
      if (m.none() && p.upperCase() && p.text().length() < 160 && !isClosingStart(p)) {
        return k;
      }
      if (m.kind() == Marker.Kind.DECIMAL
          && PlanText.isUpperCase(m.body())
          && m.key().equals("D1")) {
        return k;
      }
      String f = VietnameseText.fold(m.body());
      if (m.numbered() && (f.startsWith("muc dich") || f.startsWith("muc tieu"))) {
        return k;
      }
    }
    return from;
  }

  private static boolean isClosingStart(Para p) {
    String f = VietnameseText.fold(p.text());
    return f.startsWith("noi nhan") || p.text().startsWith("TM.") || p.text().startsWith("KT.");
  }

  private static int findClosing(List<Para> paras, int from, int to) {
    for (int k = from; k < to; k++) {
      if (VietnameseText.fold(paras.get(k).text()).startsWith("noi nhan")) {
        return k;
      }
    }
    // No "Nơi nhận": a signature block at the end (TM./KT. lines or a title then a name).
    for (int k = Math.max(from, to - 6); k < to; k++) {
      Para p = paras.get(k);
      if (p.text().matches("^(TM|KT|Q|TL|TUQ)\\..*")) {
        return k;
      }
    }
    if (to - from >= 2) {
      Para last = paras.get(to - 1);
      Para before = paras.get(to - 2);
      if (looksLikeName(last.text()) && before.upperCase() && before.text().length() < 60) {
        return to - 2;
      }
    }
    return to;
  }

  private record Closing(List<String> recipients, Signer signer) {}

  private static Closing readClosing(List<Para> closing) {
    List<String> recipients = new ArrayList<>();
    int k = 0;
    if (!closing.isEmpty()
        && VietnameseText.fold(closing.getFirst().text()).startsWith("noi nhan")) {
      String inline = closing.getFirst().text().replaceFirst("^[^:]*:?", "").strip();
      if (!inline.isEmpty()) {
        recipients.add(recipient(inline));
      }
      k = 1;
      while (k < closing.size()) {
        Para p = closing.get(k);
        Marker.Kind kind = p.marker().kind();
        boolean listed =
            kind == Marker.Kind.DASH
                || kind == Marker.Kind.PLUS
                || (kind == Marker.Kind.DECIMAL && p.marker().key().startsWith("D1"));
        if (listed && !p.text().matches("^(TM|KT|Q|TL|TUQ)\\..*")) {
          recipients.add(recipient(p.body()));
          k++;
        } else {
          break;
        }
      }
    }
    String onBehalfOf = null;
    String signingFor = null;
    String title = null;
    String name = null;
    for (; k < closing.size(); k++) {
      String t = closing.get(k).text();
      String caps = t.replaceAll("\\s+", " ").strip();
      if (caps.matches("^TM\\s*\\..*")) {
        onBehalfOf = Wording.titleCase(caps.replaceFirst("^TM\\s*\\.\\s*", ""));
      } else if (caps.matches("^KT\\s*\\..*")) {
        signingFor = Wording.titleCase(caps.replaceFirst("^KT\\s*\\.\\s*", ""));
      } else if (signingFor != null && title == null && deputyOf(signingFor, caps)) {
        // "PHÓ CHŨ TỊCH", "PHÓ CHỦ TlCH", "P. CHỦ TỊCH": the deputy's title, whatever OCR made of
        // it.
        title = "Phó " + signingFor;
      } else if (signingFor != null
          && title == null
          && k + 1 < closing.size()
          && deputyOf(signingFor, caps + " " + closing.get(k + 1).text())) {
        // The title broken over two lines ("PHÓ CHỦ" / "TỊCH").
        title = "Phó " + signingFor;
        k++;
      } else if (caps.matches("^(Q|TL|TUQ)\\s*\\..*")) {
        title = Wording.titleCase(caps.replaceFirst("^(Q|TL|TUQ)\\s*\\.\\s*", ""));
      } else if (PlanText.isUpperCase(caps) && caps.length() < 80) {
        title = Wording.titleCase(caps);
      } else if (caps.startsWith("(") || caps.startsWith("[")) {
        continue;
      } else if (looksLikeName(caps)) {
        name = Wording.modernTone(caps);
        break;
      }
    }
    if (signingFor != null && title == null) {
      title = "Phó " + signingFor;
    }
    Signer signer =
        name == null && title == null ? null : new Signer(name, title, onBehalfOf, signingFor);
    return new Closing(recipients, signer);
  }

  /**
   * Whether a line under "KT. {signingFor}" is the deputy's title as OCR may have broken it:
   * letters only, look-alike characters mapped, tone marks ignored ("PHÓ CHŨ TỊCH", "PHÓ CHỦ TlCH",
   * "P. CHỦ TỊCH", "PHÓCHỦ TỊCH").
   */
  static boolean deputyOf(String signingFor, String line) {
    String squeezed = squeeze(line);
    String of = squeeze(signingFor);
    if (of.isEmpty() || squeezed.length() > of.length() + 12) {
      return false;
    }
    return squeezed.equals("pho" + of) || squeezed.equals("p" + of);
  }

  private static String squeeze(String s) {
    String f =
        VietnameseText.fold(s)
            .replace('l', 'i')
            .replace('1', 'i')
            .replace('|', 'i')
            .replace('0', 'o');
    return f.replaceAll("[^a-z]", "");
  }

  private static String recipient(String text) {
    return text.strip().replaceAll("[;.,]+$", "").strip();
  }

  private static boolean looksLikeName(String t) {
    String[] words = t.strip().split("\\s+");
    if (words.length < 2 || words.length > 6 || t.matches(".*[\\d:;,/()].*")) {
      return false;
    }
    for (String w : words) {
      if (!Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
    }
    return !PlanText.isUpperCase(t);
  }

  /**
   * A node that can head a section: numbered or a capital heading, not a bullet, not a sentence.
   */
  private static boolean sectionHeading(Outline.Node n) {
    if (n.isRoot()) {
      return false;
    }
    Marker.Kind k = n.para.marker().kind();
    return k != Marker.Kind.DASH && k != Marker.Kind.PLUS && n.heading().length() <= 160;
  }

  // --- Themes -----------------------------------------------------------------------------------

  private static List<Theme> themes(
      Outline.Node root, State st, Map<Outline.Node, String> consumed) {
    Outline.Node section = null;
    for (Outline.Node n : root.walk()) {
      if (sectionHeading(n) && isThemesHeading(n)) {
        section = n;
        break;
      }
    }
    // A more specific sub-section ("1. Chủ đề, nội dung thi đua" under "II. NỘI DUNG") wins.
    boolean deeper = true;
    while (section != null && deeper) {
      deeper = false;
      for (Outline.Node c : section.children) {
        if (sectionHeading(c) && isThemesHeading(c)) {
          section = c;
          deeper = true;
          break;
        }
      }
    }
    List<Theme> themes = new ArrayList<>();
    if (section == null) {
      return themes;
    }
    consumed.put(section, "THEMES");
    if (!section.children.isEmpty()) {
      for (Outline.Node child : section.children) {
        List<String> items = new ArrayList<>();
        for (Outline.Node item : child.children) {
          items.add(
              st.fix(
                  trimEnd(
                      item.text(true)
                          .replaceFirst("^" + Pattern.quote(item.label()) + "\\s*", ""))));
        }
        themes.add(new Theme(st.fix(trimEnd(child.heading())), items));
      }
    } else {
      for (String c : section.content) {
        if (!c.strip().endsWith(":")) {
          themes.add(new Theme(st.fix(trimEnd(c)), List.of()));
        }
      }
    }
    return themes;
  }

  private static boolean isThemesHeading(Outline.Node n) {
    String f = n.folded();
    return f.contains("noi dung") && !f.contains("tieu chi");
  }

  private static String trimEnd(String s) {
    return s == null ? null : s.strip().replaceAll("[;.]+$", "").strip();
  }

  // --- Criteria ---------------------------------------------------------------------------------

  private static Outline.Node criteriaNode(Outline.Node root) {
    Outline.Node best = null;
    int bestCount = 0;
    for (Outline.Node n : root.walk()) {
      if (!sectionHeading(n) || !n.folded().contains("tieu chi")) {
        continue;
      }
      int count = 0;
      for (Outline.Node c : n.children) {
        if (endsCriteria(c)) {
          break;
        }
        if (participant(c.heading()) != null) {
          count++;
        }
      }
      if (count > bestCount
          || (count == bestCount && count > 0 && best != null && n.depth() > best.depth())) {
        best = n;
        bestCount = count;
      }
    }
    return best;
  }

  private static boolean endsCriteria(Outline.Node c) {
    String f = c.folded();
    return f.contains("khen thuong") || f.contains("hinh thuc") || f.contains("tieu chuan");
  }

  private static List<Criterion> criteria(
      Outline.Node node, State st, Map<Outline.Node, String> consumed) {
    List<Criterion> criteria = new ArrayList<>();
    if (node == null) {
      return criteria;
    }
    for (Outline.Node c : node.children) {
      if (endsCriteria(c)) {
        break;
      }
      consumed.put(c, "CRITERIA");
      ParticipantType type = participant(c.heading());
      if (type == null) {
        st.warn("Không xác định được nhóm đối tượng của tiêu chí «" + trimEnd(c.heading()) + "».");
        continue;
      }
      List<String> items = new ArrayList<>();
      for (Outline.Node item : c.children) {
        items.add(
            st.fix(
                trimEnd(
                    item.text(true).replaceFirst("^" + Pattern.quote(item.label()) + "\\s*", ""))));
      }
      if (items.isEmpty()) {
        for (String content : c.content) {
          items.add(st.fix(trimEnd(content)));
        }
      }
      criteria.add(new Criterion(type, st.fix(trimEnd(c.heading()).replaceAll(":$", "")), items));
    }
    return criteria;
  }

  static ParticipantType participant(String heading) {
    String f = VietnameseText.fold(heading);
    Map<ParticipantType, Integer> first = new EnumMap<>(ParticipantType.class);
    find(
        first,
        ParticipantType.FRONT_AND_MASS_ORG,
        f,
        "mat tran",
        "to chuc chinh tri",
        "doan the",
        "to chuc xa hoi",
        "cong doan",
        "doan thanh nien",
        "hoi lien hiep");
    find(first, ParticipantType.ENTERPRISE, f, "doanh nghiep", "hop tac xa", "cong ty", "htx");
    find(
        first,
        ParticipantType.INDIVIDUAL,
        f,
        "ca nhan",
        "can bo, cong chuc",
        "cong chuc",
        "vien chuc",
        "doanh nhan",
        "nguoi lao dong");
    find(
        first,
        ParticipantType.AGENCY,
        f,
        "co quan",
        "don vi",
        "ban, nganh",
        "nganh",
        "dia phuong",
        "phong, ban",
        "so, ban");
    return first.entrySet().stream()
        .min(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static void find(
      Map<ParticipantType, Integer> first, ParticipantType type, String folded, String... words) {
    for (String w : words) {
      Matcher m = Pattern.compile("\\b" + Pattern.quote(w) + "\\b").matcher(folded);
      if (m.find()) {
        first.merge(type, m.start(), Math::min);
      }
    }
  }

  // --- Awards -----------------------------------------------------------------------------------

  private static boolean awardsHeading(String folded) {
    return folded.matches("^(cac )?hinh thuc.*khen thuong.*")
        || folded.startsWith("khen thuong")
        || folded.contains("hinh thuc khen thuong")
        || folded.contains("hinh thuc va tieu chuan khen thuong");
  }

  private static List<Award> awards(
      Outline.Node root, Outline.Node criteriaNode, State st, Map<Outline.Node, String> consumed) {
    Outline.Node region = null;
    for (Outline.Node n : root.walk()) {
      if (sectionHeading(n) && awardsHeading(n.folded()) && !n.folded().contains("tieu chi")) {
        region = n;
        break;
      }
    }
    if (region == null) {
      for (Outline.Node n : root.walk()) {
        if (sectionHeading(n)
            && n.folded().contains("khen thuong")
            && n.folded().contains("tieu chi")) {
          region = n;
          break;
        }
      }
    }
    Map<Occasion, List<String>> byOccasion = new EnumMap<>(Occasion.class);
    if (region == null) {
      return List.of();
    }
    if (!region.folded().contains("tieu chi")) {
      consumed.put(region, "AWARDS");
    }
    List<String> orphanForms = new ArrayList<>();
    visitAwards(
        region,
        EnumSet.noneOf(Occasion.class),
        region,
        criteriaNode,
        byOccasion,
        orphanForms,
        consumed);
    if (!orphanForms.isEmpty()) {
      st.warn(
          "Có hình thức khen thưởng không gắn với dịp khen thưởng nào; đã gán cho khen thưởng hằng năm.");
      List<String> forms = byOccasion.computeIfAbsent(Occasion.ANNUAL, o -> new ArrayList<>());
      for (String f : orphanForms) {
        if (!forms.contains(f)) {
          forms.add(f);
        }
      }
    }
    List<Award> awards = new ArrayList<>();
    byOccasion.forEach((occasion, forms) -> awards.add(new Award(occasion, forms)));
    return awards;
  }

  private static void visitAwards(
      Outline.Node node,
      Set<Occasion> context,
      Outline.Node region,
      Outline.Node criteriaNode,
      Map<Occasion, List<String>> byOccasion,
      List<String> orphans,
      Map<Outline.Node, String> consumed) {
    if (criteriaNode != null && node != region && isCriterionChild(node, criteriaNode)) {
      return;
    }
    Set<Occasion> own =
        node == region && node.folded().contains("tieu chi")
            ? EnumSet.noneOf(Occasion.class)
            : PlanAwardWording.occasions(node.heading());
    for (Occasion o : own) {
      byOccasion.computeIfAbsent(o, x -> new ArrayList<>());
    }
    Set<Occasion> ctx = own.isEmpty() ? context : own;
    assign(PlanAwardWording.forms(node.heading()), ctx, node, byOccasion, orphans);
    Set<Occasion> carried = ctx;
    for (String c : node.content) {
      Set<Occasion> occ = PlanAwardWording.occasions(c);
      for (Occasion o : occ) {
        byOccasion.computeIfAbsent(o, x -> new ArrayList<>());
      }
      List<String> forms = PlanAwardWording.forms(c);
      assign(forms, occ.isEmpty() ? carried : occ, node, byOccasion, orphans);
      // A line or table cell naming an occasion without forms ("Khen thưởng sơ kết:") applies to
      // the unnumbered lines that follow it.
      if (!occ.isEmpty() && forms.isEmpty()) {
        carried = occ;
      }
    }
    for (Outline.Node child : node.children) {
      visitAwards(child, ctx, region, criteriaNode, byOccasion, orphans, consumed);
    }
  }

  private static boolean isCriterionChild(Outline.Node node, Outline.Node criteriaNode) {
    for (Outline.Node c : criteriaNode.children) {
      if (c == node || c.isAncestorOf(node)) {
        return !endsCriteria(c);
      }
    }
    return false;
  }

  private static void assign(
      List<String> forms,
      Set<Occasion> occasions,
      Outline.Node node,
      Map<Occasion, List<String>> byOccasion,
      List<String> orphans) {
    if (forms.isEmpty()) {
      return;
    }
    Set<Occasion> target = occasions;
    if (target.isEmpty()) {
      target = sectionOccasions(node);
    }
    if (target.isEmpty()) {
      orphans.addAll(forms);
      return;
    }
    for (Occasion o : target) {
      List<String> list = byOccasion.computeIfAbsent(o, x -> new ArrayList<>());
      for (String f : forms) {
        if (!list.contains(f)) {
          list.add(f);
        }
      }
    }
  }

  /** Occasions named anywhere in the nearest numbered section around {@code node}. */
  private static Set<Occasion> sectionOccasions(Outline.Node node) {
    Outline.Node section = node;
    while (section != null && !section.isRoot() && !section.para.marker().numbered()) {
      section = section.parent;
    }
    if (section == null) {
      return EnumSet.noneOf(Occasion.class);
    }
    Set<Occasion> all = EnumSet.noneOf(Occasion.class);
    for (Outline.Node n : section.walk()) {
      all.addAll(PlanAwardWording.occasions(n.heading()));
      for (String c : n.content) {
        all.addAll(PlanAwardWording.occasions(c));
      }
    }
    return all;
  }

  // --- Phases -----------------------------------------------------------------------------------

  private static List<Phase> phases(
      Outline.Node root,
      State st,
      Map<Outline.Node, String> consumed,
      Set<String> consumedContent) {
    List<Phase> phases = new ArrayList<>();
    Map<String, Boolean> seen = new LinkedHashMap<>();
    List<String[]> candidates = new ArrayList<>();
    for (Outline.Node n : root.walk()) {
      if (!n.isRoot() && PHASE_START.matcher(VietnameseText.fold(n.heading())).find()) {
        candidates.add(new String[] {n.heading(), n.text(false)});
        consumed.put(n, "PHASES");
      }
      for (String c : n.content) {
        if (PHASE_START.matcher(VietnameseText.fold(c)).find()) {
          candidates.add(new String[] {c, ""});
          consumedContent.add(c);
        }
      }
    }
    for (int k = 0; k < candidates.size(); k++) {
      String head = candidates.get(k)[0];
      // The years the phase names before its description: "(2026 - 2027)", "(từ năm 2026 đến năm
      // 2028)", "(từ tháng 8/2026 đến tháng 12/2027)", "(năm 2028)".
      int colon = head.indexOf(':');
      String start =
          head.substring(0, colon > 0 && colon < 200 ? colon : Math.min(head.length(), 160));
      if (!PHASE_YEAR.matcher(start).find()) {
        start = head.substring(0, Math.min(head.length(), 160));
      }
      Matcher years = PHASE_YEAR.matcher(start);
      List<Integer> found = new ArrayList<>();
      while (years.find()) {
        found.add(Integer.parseInt(years.group(1)));
      }
      if (found.isEmpty()) {
        continue;
      }
      int from = found.getFirst();
      int to = found.size() > 1 ? found.get(1) : from;
      if (seen.put(from + "-" + to, true) != null) {
        continue;
      }
      String all = head + "\n" + candidates.get(k)[1];
      Occasion review = null;
      Integer reviewYear = null;
      String folded = VietnameseText.fold(all);
      Matcher rm = REVIEW.matcher(folded);
      while (rm.find()) {
        String before = folded.substring(Math.max(0, rm.start() - 14), rm.start());
        if (before.contains("tren co so") || before.contains("ket qua")) {
          continue;
        }
        review = rm.group(1).equals("so ket") ? Occasion.INTERIM : Occasion.FINAL;
        Matcher year =
            Pattern.compile("(\\d{4})")
                .matcher(folded.substring(rm.end(), Math.min(folded.length(), rm.end() + 60)));
        reviewYear = year.find() ? Integer.valueOf(year.group(1)) : null;
      }
      phases.add(new Phase(from, to, review, reviewYear));
    }
    List<Phase> out = new ArrayList<>();
    for (int k = 0; k < phases.size(); k++) {
      Phase p = phases.get(k);
      Occasion review = p.review();
      if (review == null) {
        review = k == phases.size() - 1 ? Occasion.FINAL : Occasion.INTERIM;
        st.warn(
            "Giai đoạn "
                + p.fromYear()
                + " - "
                + p.toYear()
                + " không ghi rõ sơ kết hay tổng kết; đã suy ra "
                + (review == Occasion.FINAL ? "tổng kết" : "sơ kết")
                + ".");
      }
      Integer reviewYear =
          p.reviewYear() == null || p.reviewYear() < p.fromYear() || p.reviewYear() > p.toYear() + 1
              ? p.toYear()
              : p.reviewYear();
      out.add(new Phase(p.fromYear(), p.toYear(), review, reviewYear));
    }
    return out;
  }

  // --- Responsibilities -------------------------------------------------------------------------

  private static Outline.Node responsibilitiesNode(Outline.Node root) {
    for (Outline.Node n : root.walk()) {
      if (!sectionHeading(n)) {
        continue;
      }
      String f = n.folded();
      if (f.matches("^(to chuc|trach nhiem|phan cong) thuc hien.*")
          || f.matches("^trach nhiem cua cac .*")
          || f.matches("^(to chuc|trach nhiem) trien khai thuc hien.*")) {
        return n;
      }
    }
    return null;
  }

  private static List<Responsibility> responsibilities(
      Outline.Node node,
      State st,
      Map<Outline.Node, String> consumed,
      Set<String> consumedContent) {
    List<Responsibility> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    consumed.put(node, "RESPONSIBILITIES");
    for (int k = 0; k < node.children.size(); k++) {
      Outline.Node child = node.children.get(k);
      if (!child.para.marker().numbered()) {
        continue;
      }
      String body = trimEnd(child.heading()).replaceAll(":$", "").strip();
      body = body.replaceFirst("^(?iu)đề nghị\\s+", "");
      List<String> tasks = new ArrayList<>();
      int colon = body.indexOf(':');
      Matcher joined = TASK_START.matcher(body);
      if (joined.find() && joined.start() > 5 && (colon < 0 || joined.start() < colon)) {
        // "Ủy ban nhân dân các xã Báo cáo kết quả …": the body, then its first task.
        tasks.add(st.fix(trimEnd(body.substring(joined.start()).strip())));
        body = body.substring(0, joined.start()).strip();
      } else if (colon > 3 && colon < 150 && colon < body.length() - 2) {
        // "Phòng Văn hóa - Xã hội: là cơ quan thường trực, …" — the body, then its task.
        String task = body.substring(colon + 1).strip();
        tasks.add(st.fix(Character.toUpperCase(task.charAt(0)) + task.substring(1)));
        body = body.substring(0, colon).strip();
      } else if (body.length() > 90 && child.children.isEmpty()) {
        Matcher verb = RESPONSIBILITY_VERB.matcher(body);
        if (verb.find() && verb.start() > 5) {
          String task = body.substring(verb.start()).strip();
          tasks.add(st.fix(Character.toUpperCase(task.charAt(0)) + task.substring(1)));
          body = body.substring(0, verb.start()).strip().replaceAll("[,;:]$", "");
        }
      }
      for (Outline.Node t : child.children) {
        tasks.add(
            st.fix(
                trimEnd(t.text(true).replaceFirst("^" + Pattern.quote(t.label()) + "\\s*", ""))));
      }
      boolean last = k == node.children.size() - 1;
      for (String c : child.content) {
        if (last && isClosingParagraph(c) && !tasks.isEmpty()) {
          st.closing.add(new Section(null, st.fix(c), List.of("CLOSING")));
          consumedContent.add(c);
          continue;
        }
        tasks.add(st.fix(trimEnd(c)));
      }
      out.add(new Responsibility(st.fix(body), tasks));
    }
    return out;
  }

  private static boolean isClosingParagraph(String c) {
    String f = VietnameseText.fold(c);
    return CLOSING_STARTS.stream().anyMatch(f::startsWith) || CLOSING_REQUEST.matcher(f).matches();
  }

  /** The body a numbered responsibility names, without the task its heading may run into. */
  static String bodyName(String heading) {
    String body = trimEnd(heading).replaceAll(":$", "").strip();
    body = body.replaceFirst("^(?iu)đề nghị\\s+", "");
    int colon = body.indexOf(':');
    Matcher joined = TASK_START.matcher(body);
    if (joined.find() && joined.start() > 5 && (colon < 0 || joined.start() < colon)) {
      return body.substring(0, joined.start()).strip();
    }
    if (colon > 3 && colon < 150 && colon < body.length() - 2) {
      return body.substring(0, colon).strip();
    }
    if (body.length() > 90) {
      Matcher verb = RESPONSIBILITY_VERB.matcher(body);
      if (verb.find() && verb.start() > 5) {
        return body.substring(0, verb.start()).strip().replaceAll("[,;:]$", "");
      }
    }
    return body;
  }

  // --- Deadlines --------------------------------------------------------------------------------

  private static List<Deadline> deadlines(
      Outline.Node root, Outline.Node responsibilities, State st) {
    Map<String, Deadline> out = new LinkedHashMap<>();
    for (Outline.Node n : root.walk()) {
      List<String> texts = new ArrayList<>();
      if (!n.isRoot()) {
        texts.add(n.heading());
      }
      texts.addAll(n.content);
      String body = responsibilityBody(n, responsibilities);
      for (String t : texts) {
        for (String sentence : t.split("(?<=[.;])\\s+(?=\\p{Lu})")) {
          readDeadlines(sentence, body, out, st);
        }
      }
    }
    for (Section s : st.closing) {
      if (s.text() != null) {
        readDeadlines(s.text(), null, out, st);
      }
    }
    return new ArrayList<>(out.values());
  }

  private static String responsibilityBody(Outline.Node n, Outline.Node responsibilities) {
    if (responsibilities == null) {
      return null;
    }
    for (Outline.Node x = n; x != null && x.parent != null; x = x.parent) {
      if (x.parent == responsibilities) {
        return bodyName(x.heading());
      }
    }
    return null;
  }

  private static void readDeadlines(
      String sentence, String body, Map<String, Deadline> out, State st) {
    if (body != null && sentence.startsWith(body + " ") && sentence.length() > body.length() + 3) {
      // The body's heading joined to its first task: the task alone speaks.
      sentence = sentence.substring(body.length()).strip();
    }
    String folded = VietnameseText.fold(sentence);
    Matcher report = REPORT_DAY.matcher(sentence);
    Matcher event = EVENT.matcher(sentence);
    boolean dated = report.find() && folded.contains("bao cao");
    if (dated || (folded.contains("bao cao") && event.find())) {
      int dateStart = dated ? report.start() : event.start();
      int dateEnd = dated ? report.end() : event.end();
      // The clause that sets the deadline ("Xây dựng kế hoạch …; gửi báo cáo … trước ngày …").
      int clauseStart = sentence.lastIndexOf(';', dateStart) + 1;
      int clauseEnd = sentence.indexOf(';', dateEnd);
      if (clauseEnd < 0) {
        clauseEnd = sentence.length();
      }
      String before = sentence.substring(clauseStart, dateStart);
      String to = null;
      Matcher ve = DESTINATION.matcher(before);
      int at = -1;
      while (ve.find()) {
        at = ve.end();
      }
      if (at >= 0) {
        to = cutPurpose(before.substring(at));
        if (to != null && VietnameseText.fold(to).startsWith("ket qua")) {
          to = null;
        }
      }
      if (to == null) {
        to = destinationAfter(sentence.substring(dateEnd, clauseEnd));
      }
      String from = sender(sentence.substring(clauseStart, clauseEnd), body);
      List<String> recipients = new ArrayList<>(Recipients.split(to));
      Matcher also = ALSO_TO.matcher(sentence.substring(dateEnd, clauseEnd));
      while (also.find()) {
        for (String r : Recipients.split(also.group(1).strip())) {
          if (!recipients.contains(r)) {
            recipients.add(r);
          }
        }
      }
      List<String> fixedRecipients = recipients.stream().map(st::fix).toList();
      if (dated) {
        int day = Integer.parseInt(report.group(1));
        int month = Integer.parseInt(report.group(2) != null ? report.group(2) : report.group(3));
        out.putIfAbsent(
            "R" + day + "/" + month,
            new Deadline(
                DeadlineKind.ANNUAL_REPORT,
                day,
                month,
                null,
                null,
                null,
                null,
                st.fix(from),
                st.fix(to),
                st.fix(sentence),
                fixedRecipients,
                null));
      } else {
        String what = st.fix(event.group(1).strip().replaceAll("[,:]$", ""));
        out.putIfAbsent(
            "E" + VietnameseText.fold(what),
            new Deadline(
                DeadlineKind.ANNUAL_REPORT,
                null,
                null,
                null,
                null,
                null,
                null,
                st.fix(from),
                st.fix(to),
                st.fix(sentence),
                fixedRecipients,
                what));
      }
    }
    if (folded.contains("ke hoach")
        && (folded.contains("ban hanh") || folded.contains("xay dung"))) {
      // Every deadline the sentence sets: "trong vòng 15 ngày … và không muộn hơn Quý III/2026"
      // gives two, of which the earlier binds.
      Matcher within = WITHIN_DAYS.matcher(sentence);
      while (within.find()) {
        int days = Integer.parseInt(within.group(1));
        out.putIfAbsent(
            "W" + days, Deadline.planIssue(days, null, null, null, st.fix(body), st.fix(sentence)));
      }
      Matcher quarter = BY_QUARTER.matcher(sentence);
      while (quarter.find()) {
        int q = quarter(quarter.group(1));
        int year = Integer.parseInt(quarter.group(2));
        out.putIfAbsent(
            "Q" + q + "/" + year,
            Deadline.planIssue(null, q, null, year, st.fix(body), st.fix(sentence)));
      }
      Matcher month = BY_MONTH.matcher(sentence);
      while (month.find()) {
        int m = Integer.parseInt(month.group(1));
        int year = Integer.parseInt(month.group(2));
        out.putIfAbsent(
            "M" + m + "/" + year,
            Deadline.planIssue(null, null, m, year, st.fix(body), st.fix(sentence)));
      }
    }
  }

  /** Who sends the report: the body the sentence names, else the responsibility it sits under. */
  private static String sender(String sentence, String body) {
    String from = null;
    Matcher sender = SENDER.matcher(sentence.strip());
    if (sender.find()) {
      from = sender.group(1).strip();
    } else {
      Matcher subject = SUBJECT_SENDS.matcher(sentence.strip());
      if (subject.find() && statedSender(subject.group(1))) {
        from = subject.group(1).strip();
      }
    }
    if (from != null) {
      from = DIRECTIVE.matcher(from).replaceFirst("").strip();
      if (from.isEmpty()) {
        from = null;
      }
    }
    return from == null ? body : from;
  }

  /** A destination without the purpose that follows it ("… để tổng hợp báo cáo thành phố"). */
  private static String cutPurpose(String text) {
    String t = text.strip();
    for (String end : new String[] {" để ", " nhằm ", " cùng với ", " đồng thời "}) {
      int i = t.indexOf(end);
      if (i > 0) {
        t = t.substring(0, i);
      }
    }
    t = t.replaceAll("[,;:]$", "").strip();
    return t.isEmpty() ? null : t;
  }

  /** Whether the words before "gửi báo cáo" name who sends, rather than a verb or a date. */
  private static boolean statedSender(String words) {
    String w = words.strip();
    if (w.isEmpty() || PlanText.startsLowercase(w) || w.endsWith(",") || w.contains(":")) {
      return false;
    }
    String f = VietnameseText.fold(w);
    return !f.matches(
        "^(gui|tham muu|tong hop|dinh ky|truoc|cham nhat|hang nam|sau khi|trong)\\b.*");
  }

  /** "Trước ngày 15/11 hằng năm, gửi báo cáo … về X (qua Y)." — the destination after the date. */
  private static String destinationAfter(String after) {
    Matcher later = DESTINATION.matcher(after);
    int last = -1;
    while (later.find()) {
      last = later.end();
    }
    if (last < 0) {
      return null;
    }
    String rest = after.substring(last).strip();
    int stop = rest.length();
    for (String end : new String[] {" để ", ". ", ";"}) {
      int i = rest.indexOf(end);
      if (i > 0 && i < stop) {
        stop = i;
      }
    }
    String to = rest.substring(0, stop).strip().replaceAll("[.,;:]$", "").strip();
    return to.isEmpty() ? null : to;
  }

  private static int quarter(String q) {
    return switch (q.toUpperCase(java.util.Locale.ROOT)) {
      case "I", "1" -> 1;
      case "II", "2" -> 2;
      case "III", "3" -> 3;
      default -> 4;
    };
  }

  // --- Sections ---------------------------------------------------------------------------------

  private static void bodySections(
      Outline.Node root,
      Map<Outline.Node, String> consumed,
      Set<String> consumedContent,
      State st) {
    for (String c : root.content) {
      if (!consumedContent.contains(c)) {
        st.sections.add(new Section(null, st.fix(c), List.of()));
      }
    }
    for (Outline.Node top : root.children) {
      Set<String> parts = new LinkedHashSet<>();
      for (Outline.Node n : top.walk()) {
        String part = consumed.get(n);
        if (part != null) {
          parts.add(part);
        }
      }
      if (top.folded().contains("tieu chi")
          && top.walk().stream().anyMatch(n -> "CRITERIA".equals(consumed.get(n)))) {
        parts.add("CRITERIA");
      }
      StringBuilder remainder = new StringBuilder();
      remainderText(top, consumed, consumedContent, remainder, true);
      String text = remainder.toString().strip();
      st.sections.add(
          new Section(
              st.fix(top.fullHeading()), text.isEmpty() ? null : st.fix(text), List.copyOf(parts)));
    }
  }

  private static void remainderText(
      Outline.Node node,
      Map<Outline.Node, String> consumed,
      Set<String> consumedContent,
      StringBuilder sb,
      boolean top) {
    String part = consumed.get(node);
    if (part != null
        && !part.equals("THEMES")
        && !part.equals("RESPONSIBILITIES")
        && !part.equals("AWARDS")) {
      return;
    }
    if (part != null && (part.equals("AWARDS"))) {
      return;
    }
    if (!top && part == null) {
      sb.append(node.fullHeading()).append('\n');
    }
    for (String c : node.content) {
      if (!consumedContent.contains(c)) {
        sb.append(c).append('\n');
      }
    }
    if (part != null) {
      // Themes and responsibilities: their entries are structured; keep only the intro text.
      return;
    }
    for (Outline.Node child : node.children) {
      remainderText(child, consumed, consumedContent, sb, false);
    }
  }
}
