package vn.thidua.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import vn.thidua.kernel.VietnameseText;

/**
 * Reads the visible body text of a .docx (Word 2007+) document as paragraphs, with the labels that
 * Word's automatic list numbering shows in front of them ("1.", "1.1.", "a)", "I.", "-").
 *
 * <p>The package is opened with POI's OPC layer (zip handling, zip-bomb checks, relationships) and
 * the parts are read with a streaming XML parser: document.xml for the body, styles.xml for
 * paragraph/character style inheritance (bold, hidden, numbering via a style) and numbering.xml for
 * the list definitions. Headers, footers, footnotes, comments and text boxes are not read.
 */
public final class DocxReader {

  private DocxReader() {}

  /**
   * One visible paragraph of the document body, in reading order (tables flattened row by row, cell
   * by cell).
   *
   * @param text visible text, NFC, runs concatenated; a tab becomes " ", a line break "\n"; white
   *     space collapsed within each line; trimmed
   * @param numberLabel the label Word's automatic numbering shows before the text ("1.", "1.1.",
   *     "a)", "I.", "-" for bullets), or null
   * @param numberLevel the ilvl of the numbering (0-based), or -1 when not numbered
   * @param bold true when all non-blank runs are bold (run or paragraph-style bold)
   * @param table -1 outside tables, else the 0-based index of the top-level table in the document
   * @param row row inside that top-level table (0-based), -1 outside tables
   * @param column cell inside that row (0-based, counting the cells present), -1 outside tables
   * @param style the paragraph style id, or null
   */
  public record Paragraph(
      String text,
      String numberLabel,
      int numberLevel,
      boolean bold,
      int table,
      int row,
      int column,
      String style) {}

  /** The bytes are not a readable Word (.docx) document. */
  public static final class InvalidDocx extends RuntimeException {
    public InvalidDocx(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Reads a .docx. The stream is read to its end but not closed.
   *
   * @throws InvalidDocx when the bytes are not a readable Word document (not a zip, no
   *     word/document.xml, corrupt XML)
   */
  public static List<Paragraph> read(InputStream in) {
    Objects.requireNonNull(in, "in");
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) OfficeLimits.MAX_COMPRESSED + 1);
    } catch (IOException | RuntimeException e) {
      throw new InvalidDocx("Could not read the document: " + e.getMessage(), e);
    }
    checkMagic(bytes);
    try {
      OfficeLimits.check(bytes);
    } catch (OfficeLimits.NotAZip e) {
      throw new InvalidDocx("Not a .docx file (a broken zip archive)", e);
    }
    try {
      return readPackage(bytes);
    } catch (InvalidDocx | OfficeLimits.OfficeFileRefused e) {
      throw e;
    } catch (XMLStreamException e) {
      throw new InvalidDocx("The document contains corrupt XML: " + e.getMessage(), e);
    } catch (Exception | StackOverflowError e) {
      throw new InvalidDocx("Not a readable Word document: " + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------- package

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  private static final String M = "http://schemas.openxmlformats.org/officeDocument/2006/math";
  private static final String M_STRICT = "http://purl.oclc.org/ooxml/officeDocument/math";

  /** Nesting deeper than this is not a real document (and would exhaust the stack). */
  private static final int MAX_DEPTH = 256;

  private static final XMLInputFactory XML = xmlInputFactory();

  private static XMLInputFactory xmlInputFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    try {
      // The JDK's default (100) rejects real documents with drawings inside nested tables.
      factory.setProperty("jdk.xml.maxElementDepth", 2000);
    } catch (IllegalArgumentException notTheJdkParser) {
      // another StAX implementation: keep its own limits
    }
    return factory;
  }

  private static void checkMagic(byte[] bytes) {
    if (bytes.length >= 4
        && (bytes[0] & 0xFF) == 0xD0
        && (bytes[1] & 0xFF) == 0xCF
        && (bytes[2] & 0xFF) == 0x11
        && (bytes[3] & 0xFF) == 0xE0) {
      throw new InvalidDocx(
          "This is a Word 97-2003 (.doc) file or a password-protected document, not a .docx", null);
    }
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
      throw new InvalidDocx("Not a .docx file (not a zip archive)", null);
    }
  }

  private static List<Paragraph> readPackage(byte[] bytes) throws Exception {
    OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
    try {
      PackagePart document = mainDocument(pkg);
      if (document == null) {
        throw new InvalidDocx("Not a Word document (no word/document.xml)", null);
      }
      Styles styles = new Styles();
      PackagePart stylesPart = related(document, "/styles");
      if (stylesPart != null) {
        try (InputStream s = stylesPart.getInputStream()) {
          styles.parse(XML.createXMLStreamReader(s));
        }
      }
      Numbering numbering = new Numbering(styles);
      PackagePart numberingPart = related(document, "/numbering");
      if (numberingPart != null) {
        try (InputStream s = numberingPart.getInputStream()) {
          numbering.parse(XML.createXMLStreamReader(s));
        }
      }
      try (InputStream s = document.getInputStream()) {
        XMLStreamReader reader = XML.createXMLStreamReader(s);
        try {
          return new Body(reader, styles, numbering).read();
        } finally {
          reader.close();
        }
      }
    } finally {
      pkg.revert();
    }
  }

  private static PackagePart mainDocument(OPCPackage pkg) throws Exception {
    for (String type :
        List.of(
            PackageRelationshipTypes.CORE_DOCUMENT,
            PackageRelationshipTypes.STRICT_CORE_DOCUMENT)) {
      PackageRelationshipCollection rels = pkg.getRelationshipsByType(type);
      if (rels != null && rels.size() > 0) {
        PackagePart part = pkg.getPart(rels.getRelationship(0));
        if (part != null) {
          return part;
        }
      }
    }
    return pkg.getPart(PackagingURIHelper.createPartName("/word/document.xml"));
  }

  private static PackagePart related(PackagePart document, String typeSuffix) throws Exception {
    for (PackageRelationship rel : document.getRelationships()) {
      if (rel.getTargetMode() != TargetMode.EXTERNAL
          && rel.getRelationshipType() != null
          && rel.getRelationshipType().endsWith(typeSuffix)) {
        PackagePart part = document.getRelatedPart(rel);
        if (part != null) {
          return part;
        }
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- XML helpers

  private static boolean isW(String ns) {
    return W.equals(ns) || W_STRICT.equals(ns);
  }

  private static boolean isM(String ns) {
    return M.equals(ns) || M_STRICT.equals(ns);
  }

  /** The w:val (or strict val) attribute of the current element, or null. */
  private static String val(XMLStreamReader r) {
    return attr(r, "val");
  }

  private static String attr(XMLStreamReader r, String localName) {
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      if (localName.equals(r.getAttributeLocalName(i))) {
        String ns = r.getAttributeNamespace(i);
        if (ns == null || ns.isEmpty() || isW(ns)) {
          return r.getAttributeValue(i);
        }
      }
    }
    return null;
  }

  private static Integer intVal(XMLStreamReader r) {
    return parseInt(val(r));
  }

  private static Integer parseInt(String s) {
    if (s == null) {
      return null;
    }
    try {
      return Integer.valueOf(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** An OOXML on/off property: absent val means on. */
  private static boolean onOff(XMLStreamReader r) {
    String v = val(r);
    return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equals("off"));
  }

  /** Skips the current element (positioned on its START_ELEMENT) and all its content. */
  private static void skip(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  /** Moves to the next child START_ELEMENT, or returns false at the parent's END_ELEMENT. */
  /** The list a paragraph or style belongs to ({@code w:numPr}): list id and level. */
  private record NumPr(Integer numId, Integer ilvl) {}

  /** Reads a {@code w:numPr} element, the reader standing on its start. */
  private static NumPr numPr(XMLStreamReader r) throws XMLStreamException {
    Integer numId = null;
    Integer ilvl = null;
    while (nextChild(r)) {
      if (isW(r.getNamespaceURI()) && r.getLocalName().equals("numId")) {
        numId = intVal(r);
      } else if (isW(r.getNamespaceURI()) && r.getLocalName().equals("ilvl")) {
        ilvl = intVal(r);
      }
      skip(r);
    }
    return new NumPr(numId, ilvl);
  }

  private static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
    while (true) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (ev == XMLStreamConstants.END_ELEMENT) {
        return false;
      }
      if (ev == XMLStreamConstants.END_DOCUMENT) {
        throw new XMLStreamException("Unexpected end of document");
      }
    }
  }

  private static boolean toRoot(XMLStreamReader r) throws XMLStreamException {
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
    }
    return false;
  }

  /** Run properties as written on one element: null means not specified there. */
  private static final class RunProps {
    Boolean bold;
    Boolean hidden;
    String charStyle;

    void parse(XMLStreamReader r) throws XMLStreamException {
      while (nextChild(r)) {
        if (isW(r.getNamespaceURI())) {
          switch (r.getLocalName()) {
            case "b" -> bold = onOff(r);
            case "vanish" -> hidden = onOff(r);
            case "rStyle" -> charStyle = val(r);
            default -> {}
          }
        }
        skip(r);
      }
    }
  }

  // ---------------------------------------------------------------- styles

  private static final class Style {
    String id;
    String type;
    String basedOn;
    Integer numId;
    Integer ilvl;
    final RunProps run = new RunProps();
  }

  private static final class Styles {
    final Map<String, Style> byId = new HashMap<>();
    String defaultParagraph;
    final RunProps defaults = new RunProps();

    void parse(XMLStreamReader r) throws XMLStreamException {
      if (!toRoot(r)) {
        return;
      }
      while (nextChild(r)) {
        if (!isW(r.getNamespaceURI())) {
          skip(r);
        } else if (r.getLocalName().equals("style")) {
          style(r);
        } else if (r.getLocalName().equals("docDefaults")) {
          while (nextChild(r)) {
            if (isW(r.getNamespaceURI()) && r.getLocalName().equals("rPrDefault")) {
              while (nextChild(r)) {
                if (isW(r.getNamespaceURI()) && r.getLocalName().equals("rPr")) {
                  defaults.parse(r);
                } else {
                  skip(r);
                }
              }
            } else {
              skip(r);
            }
          }
        } else {
          skip(r);
        }
      }
    }

    private void style(XMLStreamReader r) throws XMLStreamException {
      Style style = new Style();
      style.id = attr(r, "styleId");
      style.type = attr(r, "type");
      String isDefault = attr(r, "default");
      boolean dflt = isDefault != null && (isDefault.equals("1") || isDefault.equals("true"));
      while (nextChild(r)) {
        if (!isW(r.getNamespaceURI())) {
          skip(r);
          continue;
        }
        switch (r.getLocalName()) {
          case "basedOn" -> {
            style.basedOn = val(r);
            skip(r);
          }
          case "pPr" -> {
            while (nextChild(r)) {
              if (isW(r.getNamespaceURI()) && r.getLocalName().equals("numPr")) {
                NumPr numPr = numPr(r);
                style.numId = numPr.numId();
                style.ilvl = numPr.ilvl();
              } else {
                skip(r);
              }
            }
          }
          case "rPr" -> style.run.parse(r);
          default -> skip(r);
        }
      }
      if (style.id == null) {
        return;
      }
      if (style.type == null) {
        style.type = "paragraph";
      }
      byId.putIfAbsent(style.id, style);
      if (dflt && style.type.equals("paragraph") && defaultParagraph == null) {
        defaultParagraph = style.id;
      }
    }

    /** The style and the styles it is based on, nearest first (cycles cut). */
    List<Style> chain(String id) {
      List<Style> chain = new ArrayList<>(4);
      Set<String> seen = new HashSet<>();
      String current = id;
      while (current != null && seen.add(current) && chain.size() < 32) {
        Style style = byId.get(current);
        if (style == null) {
          break;
        }
        chain.add(style);
        current = style.basedOn;
      }
      return chain;
    }
  }

  // ---------------------------------------------------------------- numbering

  private static final class Level {
    int start = 1;
    String format = "decimal";
    String text = "";
    Integer restart;
    boolean legal;
    String paragraphStyle;
  }

  private static final class AbstractNum {
    final Level[] levels = new Level[9];
    String numStyleLink;
    String styleLink;
  }

  private static final class Num {
    String abstractId;
    final Integer[] startOverride = new Integer[9];
    final Level[] levelOverride = new Level[9];
    boolean overridesApplied;

    boolean hasOverrides() {
      for (int i = 0; i < 9; i++) {
        if (startOverride[i] != null || levelOverride[i] != null) {
          return true;
        }
      }
      return false;
    }
  }

  /** The counters of one list (Word continues a list across w:num entries of one abstractNum). */
  private static final class Counters {
    final int[] value = new int[9];
    final boolean[] started = new boolean[9];
  }

  /** A resolved numbering for one paragraph. */
  private record Numbered(String label, int level) {}

  private static final class Numbering {
    final Styles styles;
    final Map<String, AbstractNum> abstracts = new HashMap<>();
    final Map<Integer, Num> nums = new HashMap<>();
    final Map<AbstractNum, Counters> counters = new IdentityHashMap<>();

    Numbering(Styles styles) {
      this.styles = styles;
    }

    void parse(XMLStreamReader r) throws XMLStreamException {
      if (!toRoot(r)) {
        return;
      }
      while (nextChild(r)) {
        if (!isW(r.getNamespaceURI())) {
          skip(r);
        } else if (r.getLocalName().equals("abstractNum")) {
          abstractNum(r);
        } else if (r.getLocalName().equals("num")) {
          num(r);
        } else {
          skip(r);
        }
      }
    }

    private void abstractNum(XMLStreamReader r) throws XMLStreamException {
      String id = attr(r, "abstractNumId");
      AbstractNum an = new AbstractNum();
      while (nextChild(r)) {
        if (!isW(r.getNamespaceURI())) {
          skip(r);
          continue;
        }
        switch (r.getLocalName()) {
          case "lvl" -> {
            Integer ilvl = parseInt(attr(r, "ilvl"));
            Level level = level(r);
            if (ilvl != null && ilvl >= 0 && ilvl < 9) {
              an.levels[ilvl] = level;
            }
          }
          case "numStyleLink" -> {
            an.numStyleLink = val(r);
            skip(r);
          }
          case "styleLink" -> {
            an.styleLink = val(r);
            skip(r);
          }
          default -> skip(r);
        }
      }
      if (id != null) {
        abstracts.putIfAbsent(id, an);
      }
    }

    private Level level(XMLStreamReader r) throws XMLStreamException {
      Level level = new Level();
      levelChildren(r, level);
      return level;
    }

    private void levelChildren(XMLStreamReader r, Level level) throws XMLStreamException {
      while (nextChild(r)) {
        String ns = r.getNamespaceURI();
        String name = r.getLocalName();
        if (MC.equals(ns) && (name.equals("AlternateContent") || name.equals("Fallback"))) {
          levelChildren(r, level); // custom formats: the Fallback holds a plain numFmt
          continue;
        }
        if (isW(ns)) {
          switch (name) {
            case "start" -> {
              Integer start = intVal(r);
              level.start = start == null ? 1 : start;
            }
            case "numFmt" -> {
              String format = val(r);
              level.format = format == null ? "decimal" : format;
            }
            case "lvlText" -> {
              String text = val(r);
              level.text = text == null ? "" : text;
            }
            case "lvlRestart" -> level.restart = intVal(r);
            case "isLgl" -> level.legal = onOff(r);
            case "pStyle" -> level.paragraphStyle = val(r);
            default -> {}
          }
        }
        skip(r);
      }
    }

    private void num(XMLStreamReader r) throws XMLStreamException {
      Integer id = parseInt(attr(r, "numId"));
      Num num = new Num();
      while (nextChild(r)) {
        if (!isW(r.getNamespaceURI())) {
          skip(r);
          continue;
        }
        switch (r.getLocalName()) {
          case "abstractNumId" -> {
            num.abstractId = val(r);
            skip(r);
          }
          case "lvlOverride" -> {
            Integer ilvl = parseInt(attr(r, "ilvl"));
            boolean valid = ilvl != null && ilvl >= 0 && ilvl < 9;
            while (nextChild(r)) {
              if (isW(r.getNamespaceURI()) && r.getLocalName().equals("startOverride")) {
                if (valid) {
                  num.startOverride[ilvl] = intVal(r);
                }
                skip(r);
              } else if (isW(r.getNamespaceURI()) && r.getLocalName().equals("lvl")) {
                Level level = level(r);
                if (valid) {
                  num.levelOverride[ilvl] = level;
                }
              } else {
                skip(r);
              }
            }
          }
          default -> skip(r);
        }
      }
      if (id != null) {
        nums.putIfAbsent(id, num);
      }
    }

    /** The abstract definition of a num, following numStyleLink through numbering styles. */
    private AbstractNum abstractOf(Num num) {
      AbstractNum an = abstracts.get(num.abstractId);
      for (int hops = 0; an != null && an.numStyleLink != null && hops < 8; hops++) {
        Style link = styles.byId.get(an.numStyleLink);
        AbstractNum target = null;
        if (link != null && link.numId != null) {
          Num linked = nums.get(link.numId);
          if (linked != null) {
            target = abstracts.get(linked.abstractId);
          }
        }
        if (target == null) {
          for (AbstractNum candidate : abstracts.values()) {
            if (an.numStyleLink.equals(candidate.styleLink)) {
              target = candidate;
              break;
            }
          }
        }
        if (target == null || target == an) {
          break;
        }
        an = target;
      }
      return an;
    }

    /**
     * Advances the counters for a numbered paragraph and returns its label, or null when the
     * paragraph is not numbered.
     */
    Numbered next(Integer numId, Integer ilvl, List<Style> styleChain) {
      if (numId == null || numId == 0) {
        return null;
      }
      Num num = nums.get(numId);
      if (num == null) {
        return null;
      }
      AbstractNum an = abstractOf(num);
      if (an == null) {
        return null;
      }
      int level;
      if (ilvl != null) {
        level = ilvl;
      } else {
        level = levelForStyle(num, an, styleChain);
      }
      if (level < 0 || level > 8) {
        return null;
      }
      Level def = definition(num, an, level);
      if (def == null) {
        return null;
      }
      Counters c = counters.computeIfAbsent(an, k -> new Counters());
      if (!num.overridesApplied) {
        num.overridesApplied = true;
        if (num.hasOverrides()) {
          for (int i = 0; i < 9; i++) {
            if (num.startOverride[i] != null || num.levelOverride[i] != null) {
              c.started[i] = false;
            }
          }
        }
      }
      if (c.started[level]) {
        c.value[level]++;
      } else {
        c.value[level] = start(num, an, level);
        c.started[level] = true;
      }
      for (int deeper = level + 1; deeper < 9; deeper++) {
        Level d = definition(num, an, deeper);
        Integer restart = d == null ? null : d.restart;
        // lvlRestart n (1-based): restart after a paragraph at 0-based level < n; 0: never.
        int restartBelow = restart == null ? deeper : restart;
        if (level < restartBelow) {
          c.started[deeper] = false;
        }
      }
      if (def.format.equals("bullet")) {
        return new Numbered("-", level);
      }
      String label = label(num, an, def, c).strip();
      return new Numbered(label.isEmpty() ? null : label, level);
    }

    private int levelForStyle(Num num, AbstractNum an, List<Style> styleChain) {
      for (Style style : styleChain) {
        if (style.ilvl != null) {
          return style.ilvl;
        }
      }
      for (Style style : styleChain) {
        for (int i = 0; i < 9; i++) {
          Level def = definition(num, an, i);
          if (def != null && style.id.equals(def.paragraphStyle)) {
            return i;
          }
        }
      }
      return 0;
    }

    private static Level definition(Num num, AbstractNum an, int level) {
      return num.levelOverride[level] != null ? num.levelOverride[level] : an.levels[level];
    }

    private static int start(Num num, AbstractNum an, int level) {
      if (num.startOverride[level] != null) {
        return num.startOverride[level];
      }
      Level def = definition(num, an, level);
      return def == null ? 1 : def.start;
    }

    private static String label(Num num, AbstractNum an, Level def, Counters c) {
      String text = def.text;
      StringBuilder out = new StringBuilder(text.length() + 8);
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        if (ch == '%'
            && i + 1 < text.length()
            && text.charAt(i + 1) >= '1'
            && text.charAt(i + 1) <= '9') {
          int referenced = text.charAt(i + 1) - '1';
          i++;
          Level refDef = definition(num, an, referenced);
          int value = c.started[referenced] ? c.value[referenced] : start(num, an, referenced);
          String format = refDef == null ? "decimal" : refDef.format;
          if (format.equals("bullet")) {
            format = "none"; // Word shows nothing for a bullet level inside a number
          } else if (def.legal) {
            format = "decimal";
          }
          out.append(format(value, format));
        } else {
          out.append(ch);
        }
      }
      return out.toString();
    }
  }

  // ---------------------------------------------------------------- number formats

  static String format(int value, String format) {
    return switch (format) {
      case "none" -> "";
      case "decimalZero" -> value >= 0 && value < 10 ? "0" + value : Integer.toString(value);
      case "upperRoman" -> roman(value);
      case "lowerRoman" -> roman(value).toLowerCase(java.util.Locale.ROOT);
      case "upperLetter" -> letter(value, 'A');
      case "lowerLetter" -> letter(value, 'a');
      case "ordinal" -> ordinal(value);
      default -> Integer.toString(value);
    };
  }

  private static String roman(int value) {
    if (value <= 0 || value >= 4000) {
      return Integer.toString(value);
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder out = new StringBuilder();
    int rest = value;
    for (int i = 0; i < values.length; i++) {
      while (rest >= values[i]) {
        out.append(symbols[i]);
        rest -= values[i];
      }
    }
    return out.toString();
  }

  /** Word's letter numbering: a … z, aa … zz, aaa … */
  private static String letter(int value, char first) {
    if (value <= 0) {
      return Integer.toString(value);
    }
    char ch = (char) (first + (value - 1) % 26);
    int repeat = Math.min((value - 1) / 26 + 1, 64);
    return String.valueOf(ch).repeat(repeat);
  }

  private static String ordinal(int value) {
    int mod100 = Math.abs(value) % 100;
    int mod10 = Math.abs(value) % 10;
    String suffix =
        mod100 >= 11 && mod100 <= 13
            ? "th"
            : switch (mod10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return value + suffix;
  }

  // ---------------------------------------------------------------- body

  /** Where a paragraph sits: -1s outside tables. */
  private record Cell(int table, int row, int column) {
    static final Cell NONE = new Cell(-1, -1, -1);
  }

  /** Which children a container may hold. */
  private enum Mode {
    BLOCK,
    TABLE,
    ROW,
    INLINE
  }

  /** The paragraph being read. */
  private static final class Para {
    final StringBuilder text = new StringBuilder();
    boolean anyText;
    boolean allBold = true;
    String style;
    Integer numId;
    Integer ilvl;
    boolean markHidden;
    boolean anyContent;
    List<Style> styleChain;
  }

  private static final class Body {
    final XMLStreamReader r;
    final Styles styles;
    final Numbering numbering;
    final List<Paragraph> out = new ArrayList<>();
    int depth;
    int tables;

    /** Complex fields in progress: true when past the separator (showing the result). */
    final ArrayList<Boolean> fields = new ArrayList<>();

    int fieldsInInstructions;

    Body(XMLStreamReader r, Styles styles, Numbering numbering) {
      this.r = r;
      this.styles = styles;
      this.numbering = numbering;
    }

    List<Paragraph> read() throws XMLStreamException {
      if (!toRoot(r)) {
        throw new InvalidDocx("Empty word/document.xml", null);
      }
      if (!isW(r.getNamespaceURI()) || !r.getLocalName().equals("document")) {
        throw new InvalidDocx("word/document.xml is not a Word document", null);
      }
      while (nextChild(r)) {
        if (isW(r.getNamespaceURI()) && r.getLocalName().equals("body")) {
          children(Mode.BLOCK, Cell.NONE, null);
        } else {
          skip(r);
        }
      }
      return out;
    }

    /** Reads the children of the current element up to its END_ELEMENT. */
    private void children(Mode mode, Cell cell, Para para) throws XMLStreamException {
      enter();
      while (nextChild(r)) {
        element(mode, cell, para);
      }
      depth--;
    }

    private void element(Mode mode, Cell cell, Para para) throws XMLStreamException {
      String ns = r.getNamespaceURI();
      String name = r.getLocalName();
      if (MC.equals(ns)) {
        // Choice and Fallback hold the same content; the Fallback is the one every reader knows.
        if (name.equals("AlternateContent") || name.equals("Fallback")) {
          children(mode, cell, para);
        } else {
          skip(r);
        }
        return;
      }
      if (isM(ns)) {
        if (mode != Mode.INLINE || name.endsWith("Pr")) {
          skip(r);
        } else if (name.equals("t")) {
          String text = r.getElementText();
          if (visible()) {
            para.text.append(text);
            para.anyContent = true;
            if (!text.isBlank()) {
              para.anyText = true;
            }
          }
        } else {
          children(mode, cell, para);
        }
        return;
      }
      if (!isW(ns)) {
        skip(r);
        return;
      }
      if (name.endsWith("Pr") || name.endsWith("PrChange") || name.endsWith("PrEx")) {
        // sdtPr, tblPr, trPr, tcPr, customXmlPr, …: pPr and rPr are read where they belong.
        skip(r);
        return;
      }
      switch (name) {
        case "del", "moveFrom", "txbxContent", "sectPr", "tblGrid", "altChunk" -> {
          skip(r);
          return;
        }
        default -> {}
      }
      switch (mode) {
        case BLOCK -> {
          switch (name) {
            case "p" -> paragraph(cell);
            case "tbl" -> table(cell);
            case "r" -> skip(r);
            default -> children(Mode.BLOCK, cell, null); // sdt, sdtContent, customXml, ins, …
          }
        }
        case TABLE -> {
          if (name.equals("tr")) {
            children(Mode.ROW, cell, null); // nested table: keeps the top-level cell
          } else {
            children(Mode.TABLE, cell, null);
          }
        }
        case ROW -> {
          if (name.equals("tc")) {
            children(Mode.BLOCK, cell, null);
          } else {
            children(Mode.ROW, cell, null);
          }
        }
        case INLINE -> {
          switch (name) {
            case "r" -> run(para);
            case "p", "tbl" -> skip(r);
            default -> children(Mode.INLINE, cell, para); // hyperlink, ins, fldSimple, sdt, …
          }
        }
      }
    }

    private void table(Cell outer) throws XMLStreamException {
      if (outer.table() >= 0) {
        children(Mode.TABLE, outer, null);
        return;
      }
      int index = tables++;
      enter();
      int[] row = {-1};
      tableChildren(index, row);
      depth--;
    }

    /** Elements that may wrap table rows or cells (content controls, custom XML, revisions). */
    private static boolean isWrapper(String ns, String name) {
      if (isW(ns)) {
        return switch (name) {
          case "sdt", "sdtContent", "customXml", "ins", "moveTo" -> true;
          default -> false;
        };
      }
      return MC.equals(ns) && (name.equals("AlternateContent") || name.equals("Fallback"));
    }

    private void enter() {
      if (++depth > MAX_DEPTH) {
        throw new InvalidDocx("The document is nested too deeply", null);
      }
    }

    /** Children of a top-level table (or of an sdt/customXml wrapping its rows). */
    private void tableChildren(int index, int[] row) throws XMLStreamException {
      while (nextChild(r)) {
        String ns = r.getNamespaceURI();
        String name = r.getLocalName();
        if (isW(ns) && name.equals("tr")) {
          row[0]++;
          rowChildren(index, row[0], new int[] {-1});
        } else if (isWrapper(ns, name)) {
          enter();
          tableChildren(index, row);
          depth--;
        } else {
          skip(r);
        }
      }
    }

    private void rowChildren(int index, int row, int[] column) throws XMLStreamException {
      enter();
      while (nextChild(r)) {
        String ns = r.getNamespaceURI();
        String name = r.getLocalName();
        if (isW(ns) && name.equals("tc")) {
          column[0]++;
          children(Mode.BLOCK, new Cell(index, row, column[0]), null);
        } else if (isWrapper(ns, name)) {
          rowChildren(index, row, column);
        } else {
          skip(r);
        }
      }
      depth--;
    }

    private void paragraph(Cell cell) throws XMLStreamException {
      Para para = new Para();
      enter();
      while (nextChild(r)) {
        if (isW(r.getNamespaceURI()) && r.getLocalName().equals("pPr")) {
          paragraphProperties(para);
        } else {
          if (para.styleChain == null) {
            para.styleChain = styleChain(para);
          }
          element(Mode.INLINE, cell, para);
        }
      }
      depth--;
      if (para.styleChain == null) {
        para.styleChain = styleChain(para);
      }
      // A field's instructions never span paragraphs: drop unterminated ones.
      while (!fields.isEmpty() && !fields.get(fields.size() - 1)) {
        fields.remove(fields.size() - 1);
        fieldsInInstructions--;
      }
      finish(para, cell);
    }

    private List<Style> styleChain(Para para) {
      String id = para.style != null ? para.style : styles.defaultParagraph;
      return id == null ? List.of() : styles.chain(id);
    }

    private void paragraphProperties(Para para) throws XMLStreamException {
      while (nextChild(r)) {
        if (!isW(r.getNamespaceURI())) {
          skip(r);
          continue;
        }
        switch (r.getLocalName()) {
          case "pStyle" -> {
            para.style = val(r);
            skip(r);
          }
          case "numPr" -> {
            NumPr numPr = numPr(r);
            para.numId = numPr.numId();
            para.ilvl = numPr.ilvl();
          }
          case "rPr" -> {
            RunProps mark = new RunProps();
            mark.parse(r);
            para.markHidden = Boolean.TRUE.equals(mark.hidden);
          }
          default -> skip(r); // pPrChange (the old formatting), sectPr, spacing, …
        }
      }
    }

    private boolean visible() {
      return fieldsInInstructions == 0;
    }

    private void run(Para para) throws XMLStreamException {
      RunProps direct = null;
      boolean resolved = false;
      boolean bold = false;
      boolean hidden = false;
      while (nextChild(r)) {
        String ns = r.getNamespaceURI();
        String name = r.getLocalName();
        if (!isW(ns)) {
          skip(r); // mc:AlternateContent (drawings, text boxes), …
          continue;
        }
        if (name.equals("rPr")) {
          direct = new RunProps();
          direct.parse(r);
          continue;
        }
        if (!resolved) {
          resolved = true;
          bold = effective(direct, para, true);
          hidden = effective(direct, para, false);
        }
        switch (name) {
          case "t" -> {
            String text = r.getElementText();
            if (!hidden && visible()) {
              para.text.append(text);
              para.anyContent = true;
              if (!text.isBlank()) {
                para.anyText = true;
                para.allBold &= bold;
              }
            }
          }
          case "tab", "ptab" -> {
            append(para, hidden, " ");
            skip(r);
          }
          case "br", "cr" -> {
            append(para, hidden, "\n");
            skip(r);
          }
          case "noBreakHyphen" -> {
            append(para, hidden, "-");
            skip(r);
          }
          case "fldChar" -> {
            field(attr(r, "fldCharType"));
            skip(r);
          }
          default -> skip(r); // instrText, delText, drawing, pict, footnoteReference, sym, …
        }
      }
    }

    private void append(Para para, boolean hidden, String s) {
      if (!hidden && visible()) {
        para.text.append(s);
        para.anyContent = true;
      }
    }

    private void field(String type) {
      if (type == null) {
        return;
      }
      switch (type) {
        case "begin" -> {
          fields.add(Boolean.FALSE);
          fieldsInInstructions++;
        }
        case "separate" -> {
          int last = fields.size() - 1;
          if (last >= 0 && !fields.get(last)) {
            fields.set(last, Boolean.TRUE);
            fieldsInInstructions--;
          }
        }
        case "end" -> {
          int last = fields.size() - 1;
          if (last >= 0) {
            if (!fields.remove(last)) {
              fieldsInInstructions--;
            }
          }
        }
        default -> {}
      }
    }

    /** Bold (or hidden) of a run: direct, then character style, paragraph style, defaults. */
    private boolean effective(RunProps direct, Para para, boolean bold) {
      if (direct != null) {
        Boolean v = bold ? direct.bold : direct.hidden;
        if (v != null) {
          return v;
        }
        if (direct.charStyle != null) {
          for (Style style : styles.chain(direct.charStyle)) {
            Boolean s = bold ? style.run.bold : style.run.hidden;
            if (s != null) {
              return s;
            }
          }
        }
      }
      for (Style style : para.styleChain) {
        Boolean s = bold ? style.run.bold : style.run.hidden;
        if (s != null) {
          return s;
        }
      }
      Boolean d = bold ? styles.defaults.bold : styles.defaults.hidden;
      return d != null && d;
    }

    private void finish(Para para, Cell cell) {
      Integer numId = para.numId;
      Integer ilvl = para.ilvl;
      if (numId == null) {
        for (Style style : para.styleChain) {
          if (style.numId != null) {
            numId = style.numId;
            break;
          }
        }
      }
      boolean invisible = para.markHidden && !para.anyContent;
      Numbered numbered = null;
      if (!invisible) {
        numbered = numbering.next(numId, ilvl, para.styleChain);
      }
      if (!para.anyText) {
        return;
      }
      String text = clean(para.text);
      if (text.isEmpty()) {
        return;
      }
      out.add(
          new Paragraph(
              text,
              numbered == null ? null : numbered.label(),
              numbered == null ? -1 : numbered.level(),
              para.allBold,
              cell.table(),
              cell.row(),
              cell.column(),
              para.style));
    }

    private static String clean(CharSequence raw) {
      String s = raw.toString();
      if (s.indexOf('\n') < 0) {
        return VietnameseText.clean(s);
      }
      String[] lines = s.split("\n", -1);
      StringBuilder out = new StringBuilder(s.length());
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          out.append('\n');
        }
        out.append(VietnameseText.clean(lines[i]));
      }
      return out.toString().strip();
    }
  }
}
