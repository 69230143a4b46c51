package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.thidua.document.DocxReader;
import vn.thidua.movement.plan.PlanParser;
import vn.thidua.movement.plan.PlanRenderer;

/** Parse → render → parse keeps every structured field the contract's round trip compares. */
class PlanRoundTripTest {

  static Map<String, Object> facts(PlanDocument p) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("documentType", p.documentType());
    f.put("number", p.number());
    f.put("symbol", p.symbol());
    f.put("period", p.period());
    f.put("themes", p.themes().stream().map(PlanDocument.Theme::title).toList());
    f.put(
        "criteriaTypes",
        p.criteria().stream().map(PlanDocument.Criterion::participantType).toList());
    Map<Object, Object> awards = new LinkedHashMap<>();
    p.awards().forEach(a -> awards.put(a.occasion(), a.forms()));
    f.put("awards", awards);
    f.put("phases", p.phases());
    TreeSet<String> deadlines = new TreeSet<>();
    p.deadlines()
        .forEach(d ->
            deadlines.add(
                d.kind()
                    + " "
                    + d.day()
                    + " "
                    + d.month()
                    + " "
                    + d.withinDays()
                    + " "
                    + d.byQuarter()
                    + " "
                    + d.byMonth()
                    + " "
                    + d.year()));
    f.put("deadlines", deadlines);
    f.put(
        "signer",
        p.signer() == null
            ? null
            : List.of(
                String.valueOf(p.signer().name()),
                String.valueOf(p.signer().title()),
                String.valueOf(p.signer().onBehalfOf()),
                String.valueOf(p.signer().signingFor())));
    f.put("recipients", p.recipients());
    return f;
  }

  static List<Path> documents() throws IOException {
    List<Path> docs = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(PlanParserTest.SEEDS)) {
      seeds.filter(s -> s.toString().matches(".*\\.(txt|docx)$")).sorted().forEach(docs::add);
    }
    for (Path dir :
        List.of(PlanParserTest.FIXTURES, PlanParserTest.FIXTURES_2, PlanParserTest.FIXTURES_3)) {
      Path notPlans = dir.resolve("not-plans.txt");
      List<String> refused =
          Files.exists(notPlans)
              ? Files.readAllLines(notPlans).stream().map(String::strip).toList()
              : List.of();
      try (Stream<Path> fixtures = Files.list(dir)) {
        fixtures
            .filter(s -> s.toString().matches(".*\\.(txt|docx)$"))
            .filter(s ->
                !refused.contains(s.getFileName().toString())
                    && !s.getFileName().toString().equals("not-plans.txt"))
            .sorted()
            .forEach(docs::add);
      }
    }
    return docs;
  }

  @Test
  void renderThenParseKeepsTheStructuredFields() throws IOException {
    List<String> differences = new ArrayList<>();
    for (Path doc : documents()) {
      PlanDocument first = PlanParserTest.parse(doc);
      byte[] docx = PlanRenderer.docx(first);
      PlanDocument second = PlanParser.parseDocx(DocxReader.read(new ByteArrayInputStream(docx)));
      Map<String, Object> a = facts(first);
      Map<String, Object> b = facts(second);
      for (String key : a.keySet()) {
        if (!java.util.Objects.equals(a.get(key), b.get(key))) {
          differences.add(doc.getFileName() + " " + key + ": " + a.get(key) + " ≠ " + b.get(key));
        }
      }
    }
    assertThat(differences).isEmpty();
  }
}
