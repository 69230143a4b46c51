package vn.thidua.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small real-HTTP client for tests: Basic authentication or a browser-like session. */
public final class Http {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient client;
  private final CookieManager cookies;
  private String basic;
  private final Map<String, String> headers = new java.util.LinkedHashMap<>();

  Http(String base) {
    this(base, new CookieManager());
  }

  private Http(String base, CookieManager cookies) {
    this.base = base;
    this.cookies = cookies;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The same browser (cookies) talking to another instance. */
  public Http withBase(String otherBase) {
    return new Http(otherBase, cookies);
  }

  /**
   * Sends a header with every request, e.g. {@code X-Forwarded-For} as a trusted proxy on the
   * loopback would.
   */
  public Http header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** As if the client were at {@code address} behind the (trusted, loopback) proxy. */
  public Http from(String address) {
    return header("X-Forwarded-For", address);
  }

  /** Uses HTTP Basic for every request. */
  public Http as(String user, String password) {
    this.basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** Logs in through the login form; the session cookie is kept. Returns the redirect target. */
  public String login(String user, String password) {
    Response page = get("/login");
    String token = csrf(page.body());
    Response r = postForm("/login", Map.of("username", user, "password", password, "_csrf", token));
    return r.header("Location");
  }

  public static String csrf(String html) {
    Matcher m = CSRF.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token in page");
    }
    return m.group(1);
  }

  public Response get(String path) {
    return send(builder(path).GET().build());
  }

  /** A request with any method and no body (DELETE, a POST without parameters…). */
  public Response send(String method, String path) {
    return send(builder(path).method(method, HttpRequest.BodyPublishers.noBody()).build());
  }

  /** A request with any method and a body of the given type. */
  public Response send(String method, String path, String contentType, String body) {
    return send(
        builder(path)
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  public JsonNode json(String path) {
    Response r = get(path);
    if (r.status() != 200) {
      throw new IllegalStateException(path + " answered " + r.status() + ": " + r.body());
    }
    return r.json();
  }

  public Response postJson(String path, Object body) {
    return send(
        builder(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build());
  }

  public Response putJson(String path, Object body) {
    return send(
        builder(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build());
  }

  public Response postRaw(String path, String contentType, byte[] body) {
    return send(
        builder(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  public Response postForm(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        builder(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  public Response postFile(String path, String field, String fileName, byte[] content) {
    String boundary = "----thidua" + UUID.randomUUID();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + field
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(content, 0, all, head.length, content.length);
    System.arraycopy(tail, 0, all, head.length + content.length, tail.length);
    return send(
        builder(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(all))
            .build());
  }

  private HttpRequest.Builder builder(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    headers.forEach(b::header);
    if (basic != null) {
      b.header("Authorization", basic);
    }
    return b;
  }

  private Response send(HttpRequest request) {
    try {
      HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Response(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response: status, body, headers. */
  public record Response(int status, String body, HttpResponse<byte[]> raw) {
    public byte[] bytes() {
      return raw.body();
    }

    public JsonNode json() {
      return JSON.readTree(body);
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public String contentType() {
      return header("Content-Type");
    }
  }
}
