package vn.thidua.commendation.web;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import vn.thidua.rulebook.EligibilityRequest;

/**
 * Reads one line of the eligibility stream (issue 16): the plain shape every client sends (each
 * field of {@link EligibilityRequest} with a value of its own JSON type, or null) token by token,
 * several times faster than data binding; any other shape (a number as text, an unknown field, a
 * syntax error…) is read by Jackson's data binding, so that every line ends exactly as the single
 * check's request would. {@code RequestLineTest} holds the two readers to the same results.
 */
final class RequestLine {

  private RequestLine() {}

  /** A line the token reader leaves to data binding. */
  private static final class Unusual extends RuntimeException {
    Unusual() {
      super(null, null, false, false);
    }
  }

  private static final Unusual UNUSUAL = new Unusual();

  /** The request of a line, as {@code binding} reads it. */
  static EligibilityRequest read(ObjectMapper json, ObjectReader binding, byte[] line) {
    try {
      EligibilityRequest fast = plain(json, line);
      if (fast != null) {
        return fast;
      }
    } catch (RuntimeException e) {
      // anything but the plain shape (or a value a constructor refuses): data binding decides
    }
    return binding.readValue(line);
  }

  /** The plain shape, or {@link #UNUSUAL}. */
  static EligibilityRequest plain(ObjectMapper json, byte[] line) {
    try (JsonParser p = json.createParser(line)) {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      String award = null;
      String occasion = null;
      String asOf = null;
      String receivedOn = null;
      Integer year = null;
      String province = null;
      EligibilityRequest.Subject subject = null;
      List<EligibilityRequest.HistoryEntry> history = null;
      EligibilityRequest.Members members = null;
      List<EligibilityRequest.AnnualRating> ratings = null;
      List<EligibilityRequest.InitiativeFact> initiatives = null;
      Boolean disciplined = null;
      EligibilityRequest.Vote vote = null;
      List<EligibilityRequest.DisciplinePeriod> periods = null;
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
        switch (p.currentName()) {
          case "award" -> award = string(p);
          case "occasion" -> occasion = string(p);
          case "asOf" -> asOf = string(p);
          case "receivedOn" -> receivedOn = string(p);
          case "year" -> year = integer(p);
          case "province" -> province = string(p);
          case "subject" -> subject = object(p) ? subject(p) : null;
          case "history" -> history = array(p) ? history(p) : null;
          case "members" -> members = object(p) ? members(p) : null;
          case "annualRatings" -> ratings = array(p) ? ratings(p) : null;
          case "initiatives" -> initiatives = array(p) ? initiatives(p) : null;
          case "disciplined" -> disciplined = bool(p);
          case "vote" -> vote = object(p) ? vote(p) : null;
          case "disciplinePeriods" -> periods = array(p) ? periods(p) : null;
          default -> throw UNUSUAL;
        }
      }
      expect(t, JsonToken.END_OBJECT);
      expect(p.nextToken(), null);
      return new EligibilityRequest(
          award,
          occasion,
          asOf,
          receivedOn,
          year,
          province,
          subject,
          history,
          members,
          ratings,
          initiatives,
          disciplined,
          vote,
          periods);
    }
  }

  private static void expect(JsonToken found, JsonToken wanted) {
    if (found != wanted) {
      throw UNUSUAL;
    }
  }

  private static String string(JsonParser p) {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_STRING) {
      return p.getString();
    }
    expect(t, JsonToken.VALUE_NULL);
    return null;
  }

  private static Integer integer(JsonParser p) {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      return p.getIntValue();
    }
    expect(t, JsonToken.VALUE_NULL);
    return null;
  }

  private static Boolean bool(JsonParser p) {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    expect(t, JsonToken.VALUE_NULL);
    return null;
  }

  /** True at the start of an object, false at null. */
  private static boolean object(JsonParser p) {
    JsonToken t = p.nextToken();
    if (t == JsonToken.START_OBJECT) {
      return true;
    }
    expect(t, JsonToken.VALUE_NULL);
    return false;
  }

  /** True at the start of an array, false at null. */
  private static boolean array(JsonParser p) {
    JsonToken t = p.nextToken();
    if (t == JsonToken.START_ARRAY) {
      return true;
    }
    expect(t, JsonToken.VALUE_NULL);
    return false;
  }

  /** The next property of the current object, or null at its end. */
  private static String property(JsonParser p) {
    JsonToken t = p.nextToken();
    if (t == JsonToken.PROPERTY_NAME) {
      return p.currentName();
    }
    expect(t, JsonToken.END_OBJECT);
    return null;
  }

  /** True at the start of the next element (an object), false at the array's end. */
  private static boolean element(JsonParser p) {
    JsonToken t = p.nextToken();
    if (t == JsonToken.START_OBJECT) {
      return true;
    }
    expect(t, JsonToken.END_ARRAY);
    return false;
  }

  private static EligibilityRequest.Subject subject(JsonParser p) {
    String kind = null;
    String category = null;
    Boolean directWorker = null;
    for (String n; (n = property(p)) != null; ) {
      switch (n) {
        case "kind" -> kind = string(p);
        case "category" -> category = string(p);
        case "directWorker" -> directWorker = bool(p);
        default -> throw UNUSUAL;
      }
    }
    return new EligibilityRequest.Subject(kind, category, directWorker);
  }

  private static List<EligibilityRequest.HistoryEntry> history(JsonParser p) {
    List<EligibilityRequest.HistoryEntry> out = new ArrayList<>();
    while (element(p)) {
      String award = null;
      Integer year = null;
      String occasion = null;
      for (String n; (n = property(p)) != null; ) {
        switch (n) {
          case "award" -> award = string(p);
          case "year" -> year = integer(p);
          case "occasion" -> occasion = string(p);
          default -> throw UNUSUAL;
        }
      }
      out.add(new EligibilityRequest.HistoryEntry(award, year, occasion));
    }
    return out;
  }

  private static EligibilityRequest.Members members(JsonParser p) {
    Integer total = null;
    Integer completed = null;
    Integer ldtt = null;
    Integer cstdcs = null;
    Integer disciplined = null;
    for (String n; (n = property(p)) != null; ) {
      switch (n) {
        case "total" -> total = integer(p);
        case "completedTasks" -> completed = integer(p);
        case "laoDongTienTien" -> ldtt = integer(p);
        case "chienSiThiDuaCoSo" -> cstdcs = integer(p);
        case "disciplinedWarningOrAbove" -> disciplined = integer(p);
        default -> throw UNUSUAL;
      }
    }
    return new EligibilityRequest.Members(total, completed, ldtt, cstdcs, disciplined);
  }

  private static List<EligibilityRequest.AnnualRating> ratings(JsonParser p) {
    List<EligibilityRequest.AnnualRating> out = new ArrayList<>();
    while (element(p)) {
      Integer year = null;
      String rating = null;
      for (String n; (n = property(p)) != null; ) {
        switch (n) {
          case "year" -> year = integer(p);
          case "rating" -> rating = string(p);
          default -> throw UNUSUAL;
        }
      }
      out.add(new EligibilityRequest.AnnualRating(year, rating));
    }
    return out;
  }

  private static List<EligibilityRequest.InitiativeFact> initiatives(JsonParser p) {
    List<EligibilityRequest.InitiativeFact> out = new ArrayList<>();
    while (element(p)) {
      Integer year = null;
      String scope = null;
      for (String n; (n = property(p)) != null; ) {
        switch (n) {
          case "year" -> year = integer(p);
          case "scope" -> scope = string(p);
          default -> throw UNUSUAL;
        }
      }
      out.add(new EligibilityRequest.InitiativeFact(year, scope));
    }
    return out;
  }

  private static EligibilityRequest.Vote vote(JsonParser p) {
    Integer members = null;
    Integer present = null;
    Integer inFavour = null;
    for (String n; (n = property(p)) != null; ) {
      switch (n) {
        case "members" -> members = integer(p);
        case "present" -> present = integer(p);
        case "inFavour" -> inFavour = integer(p);
        default -> throw UNUSUAL;
      }
    }
    return new EligibilityRequest.Vote(members, present, inFavour);
  }

  private static List<EligibilityRequest.DisciplinePeriod> periods(JsonParser p) {
    List<EligibilityRequest.DisciplinePeriod> out = new ArrayList<>();
    while (element(p)) {
      String measure = null;
      String from = null;
      String to = null;
      for (String n; (n = property(p)) != null; ) {
        switch (n) {
          case "measure" -> measure = string(p);
          case "from" -> from = string(p);
          case "to" -> to = string(p);
          default -> throw UNUSUAL;
        }
      }
      out.add(new EligibilityRequest.DisciplinePeriod(measure, from, to));
    }
    return out;
  }
}
