package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Http;

/**
 * The newcomer's crawl: every page a demo role (and an anonymous visitor of the portal) reaches
 * from its home page by following the product's own links, read as a person reads it — no enum
 * value, rule id, field path, "(system)", ISO date, unformatted large number, "null" or "undefined"
 * in the visible text.
 */
class DeveloperCodesIT extends ApplicationTest {

  /** Pages per role at most, and pages per route shape (numeric ids folded). */
  private static final int MAX_PAGES = 150;

  private static final int PER_SHAPE = 2;

  /**
   * Capitals that are Vietnamese (or international) abbreviations a person reads, not codes. Keep
   * this list explicit: a new entry is a decision, not a way to silence the test.
   */
  static final Set<String> ACRONYMS =
      Set.copyOf(
          List.of(
              "UBND",
              "HĐND",
              "MTTQ",
              "THCS",
              "THPT",
              "VNEID",
              "CCCD",
              "CMND",
              "TĐKT",
              "TTG",
              "BNV",
              "BTC",
              "BCH",
              "PDF",
              "DOCX",
              "XLSX",
              "CSV",
              "API",
              "SMTP",
              "URL",
              "HTML",
              "HTTP",
              "HTTPS",
              "RSS",
              "XML",
              "JSON",
              "UTC",
              "ISO",
              "ĐVT",
              "STT",
              "GDP",
              "CNTT",
              "KHCN",
              "CĐS",
              "ATTP",
              "BHXH",
              "BHYT",
              "HTX",
              "SĐT",
              "VNPT",
              "LĐLĐ",
              "CCB",
              "HLHPN",
              "TNCS",
              "HCM",
              "OCOP",
              "NTM",
              "PCCC",
              "ANTT",
              "CAND",
              "QĐND",
              "BCĐ",
              "HĐTĐKT",
              "GCN",
              "SKKN",
              "ĐVHC",
              "TNHH",
              "MTV",
              "DNTN",
              "ATGT",
              "CSGT",
              "TTTT",
              "KHĐT",
              "PTNT",
              "TNMT",
              "LĐTBXH",
              "GTVT",
              "TCKH",
              "SNV",
              "STC",
              "UBMTTQ",
              "KCN",
              "CNH",
              "HĐH",
              "LHQ",
              "WHO",
              "ASEAN",
              "HĐTĐ",
              "TTXVN",
              "TCVN",
              "UTF",
              "TTHC",
              "PCT",
              "SKHCN",
              "VHXH",
              // As the demo plans write them (a plan's own text is the issuer's, not ours).
              "VHXX",
              "VHXXH"));

  /** Names of products written in camel case, as their makers write them. */
  static final Set<String> BRANDS = Set.of("iCalendar", "iGate", "iPhone", "iOS", "eGov", "eMail");

  /** Roman numerals number the sections of a plan ("III. TỔ CHỨC THỰC HIỆN"). */
  private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");

  /**
   * A run of three or more ASCII capitals or underscores, as a word: the shape of an enum value.
   */
  private static final Pattern CAPITALS =
      Pattern.compile("(?<![\\p{L}\\p{N}_])[A-ZĐ_][A-ZĐ0-9_]{2,}(?![\\p{L}\\p{N}_])");

  /** A phrase of capital words (a heading such as "ỦY BAN NHÂN DÂN XÃ NAM SÁCH"). */
  private static final Pattern CAPITAL_PHRASE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_])\\p{Lu}[\\p{Lu}\\p{M}]*(?:[ ,]+\\p{Lu}[\\p{Lu}\\p{M}]*)+(?![\\p{L}\\p{N}_])");

  private static final Pattern FIELD_PATH =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_./@:\\-])[a-z][a-zA-Z0-9]*(?:\\.[a-z][a-zA-Z0-9]*)+(?![\\p{L}\\p{N}_(/@])|(?<![\\p{L}\\p{N}])[a-z]+_[a-z_]+(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])[a-z]+(?:[A-Z][a-z0-9]*)+(?![\\p{L}\\p{N}])");

  /**
   * What looks like a path but is a person's account name ("thuongtruc.habac") or an address
   * ("thidua.gov.vn", "bao-cao.docx"): data a person reads, not a code.
   */
  private static final Pattern PEOPLE_AND_PLACES =
      Pattern.compile(
          "v\\.v|[a-z0-9]+\\.(habac|hatinh|haiphong|binhgiang|namsach|sokhcn)|.*\\.(vn|com|org|net|example|docx|xlsx|pdf|txt|png|jpg)");

  private static final Pattern ISO_DATE =
      Pattern.compile("(?<!\\d)\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2})?(?!\\d)");

  /** Five or more digits with no thousands dot (years are four digits; codes live in links). */
  private static final Pattern RAW_NUMBER =
      Pattern.compile("(?<![\\d.,/\\-:#\\p{L}])[1-9]\\d{4,}(?:[.,]\\d+)?(?![\\d\\p{L}/\\-])");

  private static final Pattern NULLS =
      Pattern.compile("(?<![\\p{L}])(null|undefined|NaN)(?![\\p{L}])");

  private static final Pattern SYSTEM = Pattern.compile("\\(system\\)", Pattern.CASE_INSENSITIVE);

  private static final Pattern LINK = Pattern.compile("<a\\b[^>]*?\\shref=\"(/[^\"#]*)\"");

  /** Links not to follow: leaving, files, the API and its documentation, actions. */
  private static final Pattern SKIP =
      Pattern.compile(
          "^/(logout|api/|swagger-ui|v3/|actuator|webjars/|css/|js/|img/|files/|favicon)|"
              + "\\.(docx|xlsx|pdf|csv|png|jpg|svg|xml|txt|zip|json)(\\?|$)|/(download|export|file|pdf|docx|xlsx|certificate\\.pdf|rss|feed|sitemap)(\\?|/|$)");

  @Test
  void noDeveloperCodeOnAnyPageOfAnyDemoRole() {
    Map<String, List<String>> findings = new java.util.TreeMap<>();
    int pages = 0;
    for (String user : new TreeSet<>(demoPasswords().keySet())) {
      Http h = http();
      h.login(user, password(user));
      pages += crawl(user, h, "/", findings);
    }
    pages += crawl("(anonymous)", http(), "/portal", findings);
    assertThat(pages).isGreaterThan(100);
    assertThat(findings).as(report(findings)).isEmpty();
  }

  @Test
  void theDetectorFindsWhatItLooksFor() {
    assertThat(findings("<p>Trạng thái: DRAFT</p>")).hasSize(1);
    assertThat(findings("<p>Nguồn: TO_TRINH</p>")).hasSize(1);
    assertThat(findings("<p>Ngày 2026-12-06</p>")).hasSize(1);
    assertThat(findings("<td>2026-12-06T09:15</td>")).hasSize(1);
    assertThat(findings("<td>1500000</td>")).hasSize(1);
    assertThat(findings("<td>Trường nominee.name sai</td>")).hasSize(1);
    assertThat(findings("<td>org_id</td>")).hasSize(1);
    assertThat(findings("<td>organizationId</td>")).hasSize(1);
    assertThat(findings("<td>(system)</td>")).hasSize(1);
    assertThat(findings("<td>null</td>")).hasSize(1);
    assertThat(findings("<td>undefined</td>")).hasSize(1);
    // Read as a person reads: scripts, styles and attributes are not text.
    assertThat(findings("<script>var x = null; DRAFT</script><p class=\"DRAFT\">Dự thảo</p>"))
        .isEmpty();
    assertThat(findings("<p>UBND xã; HĐND; MTTQ; 1.500.000 đồng; 06/12/2026; năm 2026</p>"))
        .isEmpty();
    assertThat(findings("<p>Số 12/KH-UBND; QĐ-UBND; 462/QĐ-TTg; 08-NQ/TU; Luật 06/2026/QH16</p>"))
        .isEmpty();
    assertThat(findings("<td>LDTT-ANNUAL-RATING</td>")).isNotEmpty();
    assertThat(findings("<tr data-rule=\"LDTT-ANNUAL-RATING\"><td>Xếp loại</td></tr>")).isEmpty();
    assertThat(findings("<p>III. TỔ CHỨC THỰC HIỆN; ỦY BAN NHÂN DÂN XÃ NAM SÁCH</p>")).isEmpty();
    assertThat(findings("<p>DRAFT SUBMITTED</p>")).hasSize(2);
    assertThat(findings("<td data-official-code>10816</td><td>10816</td>")).hasSize(1);
    assertThat(findings("<p>Tài khoản thuongtruc.habac</p>")).isEmpty();
  }

  @Test
  void theEligibilityAnswerReadsWithoutCodes() {
    Http h = http();
    h.login("thuongtruc.habac", password("thuongtruc.habac"));
    String form = h.get("/eligibility").body();
    assertThat(findings(form)).isEmpty();
    Http.Response answer =
        h.postForm(
            "/eligibility",
            Map.ofEntries(
                Map.entry("_csrf", Http.csrf(form)),
                Map.entry("award", "BANG_KHEN_THU_TUONG"),
                Map.entry("occasion", "ANNUAL"),
                Map.entry("asOf", "2026-12-01"),
                Map.entry("year", "2026"),
                Map.entry("kind", "INDIVIDUAL"),
                Map.entry("category", "CIVIL_SERVANT"),
                Map.entry("history", "2021 Bằng khen cấp tỉnh, theo đợt"),
                Map.entry("ratings", "2024 hoàn thành tốt\n2025 hoàn thành tốt\n2026 xuất sắc"),
                Map.entry("disciplined", "false"),
                Map.entry("voteMembers", "9"),
                Map.entry("voteInFavour", "7")));
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).contains("Chưa đủ điều kiện");
    assertThat(findings(answer.body())).as(answer.body()).isEmpty();
  }

  private int crawl(String who, Http h, String start, Map<String, List<String>> findings) {
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    Set<String> seen = new LinkedHashSet<>(List.of(start));
    Map<String, Integer> shapes = new HashMap<>();
    int opened = 0;
    while (!queue.isEmpty() && opened < MAX_PAGES) {
      String path = queue.removeFirst();
      Http.Response r = h.get(path);
      opened++;
      String type = r.contentType() == null ? "" : r.contentType();
      if (r.status() != 200 || !type.startsWith("text/html")) {
        continue;
      }
      for (String f : findings(r.body())) {
        findings.computeIfAbsent(f, k -> new ArrayList<>()).add(who + " " + path);
      }
      Matcher m = LINK.matcher(r.body());
      while (m.find()) {
        String href = m.group(1).replace("&amp;", "&");
        if (SKIP.matcher(href).find() || !seen.add(href)) {
          continue;
        }
        String shape = href.replaceAll("\\?.*", "").replaceAll("/\\d+", "/{id}");
        if (shapes.merge(shape, 1, Integer::sum) > PER_SHAPE) {
          continue;
        }
        queue.addLast(href);
      }
    }
    return opened;
  }

  /** Visible text of an HTML page, then what a person should never read in it. */
  static List<String> findings(String html) {
    String text = visibleText(html);
    List<String> out = new ArrayList<>();
    Matcher caps = CAPITALS.matcher(text);
    while (caps.find()) {
      String word = caps.group();
      if (!ACRONYMS.contains(word)
          && !ROMAN.matcher(word).matches()
          && !isPartOfSymbol(text, caps.start(), caps.end())
          && !inVietnameseHeading(text, caps.start(), caps.end())) {
        out.add("capitals «" + word + "» in «" + around(text, caps.start(), caps.end()) + "»");
      }
    }
    Matcher path = FIELD_PATH.matcher(text);
    while (path.find()) {
      String word = path.group();
      if (!PEOPLE_AND_PLACES.matcher(word).matches() && !BRANDS.contains(word)) {
        out.add("field path «" + word + "» in «" + around(text, path.start(), path.end()) + "»");
      }
    }
    add(out, "ISO date", ISO_DATE, text);
    add(out, "unformatted number", RAW_NUMBER, text);
    add(out, "null", NULLS, text);
    add(out, "(system)", SYSTEM, text);
    return out;
  }

  /**
   * A document symbol ("12/KH-UBND", "QĐ-UBND") or a plan/decision number is written with hyphens
   * or slashes: capitals joined to another part by "-" or "/" are a symbol, not a code.
   */
  private static boolean isPartOfSymbol(String text, int start, int end) {
    char before = start > 0 ? text.charAt(start - 1) : ' ';
    char after = end < text.length() ? text.charAt(end) : ' ';
    String word = text.substring(start, end);
    if (word.contains("_") || !(before == '-' || before == '/' || after == '-' || after == '/')) {
      return false;
    }
    // The whole compound ("12/KH-UBND", "LDTT-ANNUAL-RATING"): a symbol only when every part is
    // a part of a document symbol; a rule id's English words are not.
    int from = start;
    while (from > 0 && SYMBOL_CHAR.matcher(String.valueOf(text.charAt(from - 1))).matches()) {
      from--;
    }
    int to = end;
    while (to < text.length() && SYMBOL_CHAR.matcher(String.valueOf(text.charAt(to))).matches()) {
      to++;
    }
    for (String part : text.substring(from, to).split("[-/]")) {
      if (!part.isEmpty()
          && !part.matches("\\d+")
          && !part.matches("[A-ZĐ]{1,4}\\d{1,2}")
          && part.length() > 2
          && !ACRONYMS.contains(part.toUpperCase(java.util.Locale.ROOT))
          && !SYMBOL_PARTS.contains(part.toUpperCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern SYMBOL_CHAR = Pattern.compile("[\\p{L}\\p{N}/\\-]");

  /** Parts of the symbols of Vietnamese documents ("QĐ-TTg", "NQ/TW", "KH-BCĐ"). */
  static final Set<String> SYMBOL_PARTS =
      Set.of(
          "TTG", "UBTVQH", "BTĐKT", "VPCP", "BKHĐT", "BTTTT", "BGDĐT", "BYT", "BCT", "BQP", "BCA",
          "BNG", "BTP", "BXD", "BGTVT", "BTNMT", "BNNPTNT", "BVHTTDL", "BKHCN", "BLĐTBXH", "TTR",
          "BTV", "HĐTĐ", "QĐND", "VBHN", "KSTT", "BCĐ");

  /**
   * Capital words beside capital words with Vietnamese letters are a heading ("ỦY BAN NHÂN DÂN XÃ
   * NAM SÁCH"), not a code; a run of bare ASCII capitals ("DRAFT SUBMITTED") still is.
   */
  private static boolean inVietnameseHeading(String text, int start, int end) {
    if (text.substring(start, end).contains("_")) {
      return false;
    }
    Matcher m = CAPITAL_PHRASE.matcher(text);
    int from = Math.max(0, start - 200);
    m.region(from, Math.min(text.length(), end + 200));
    while (m.find()) {
      if (m.start() <= start && m.end() >= end) {
        return !m.group().matches("[A-Z0-9_ ,]+");
      }
    }
    return false;
  }

  private static void add(List<String> out, String kind, Pattern p, String text) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(kind + " «" + m.group() + "» in «" + around(text, m.start(), m.end()) + "»");
    }
  }

  private static String around(String text, int start, int end) {
    return text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 40))
        .replaceAll("\\s+", " ");
  }

  static String visibleText(String html) {
    String s =
        html.replaceAll("(?is)<script\\b.*?</script>", " ")
            // An official code (the administrative unit's "Mã ĐVHC") marked as such in the page.
            .replaceAll("(?is)<(\\w+)\\b[^>]*\\sdata-official-code\\b[^>]*>[^<]*</\\1>", " ")
            .replaceAll("(?is)<style\\b.*?</style>", " ")
            .replaceAll("(?is)<template\\b.*?</template>", " ")
            .replaceAll("(?s)<!--.*?-->", " ")
            .replaceAll("(?s)<[^>]*>", " ");
    s =
        s.replace("&nbsp;", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
    return s.replaceAll("\\s+", " ");
  }

  private static String report(Map<String, List<String>> findings) {
    StringBuilder b = new StringBuilder("developer codes a person would read:\n");
    findings.forEach((f, where) ->
        b.append(f)
            .append("\n    on ")
            .append(where.stream().distinct().limit(4).toList())
            .append(where.size() > 4 ? " … (" + where.size() + " pages)" : "")
            .append('\n'));
    return b.toString();
  }
}
