package vn.thidua.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed-rate HTTP/1.1 load generator in the model of wrk2: each request has a planned time (one
 * every 1/rate seconds) and is handed, at that time, to whichever of a fixed set of kept-alive
 * connections is free; its latency counts from the planned time, so a request that had to wait for
 * a free connection (the server falling behind) carries that wait too. It reads the answers with
 * plain sockets, so the client itself costs little CPU on the machine it measures (the JDK's
 * HttpClient opened a connection per request in flight and took a fifth of the two cores).
 */
final class OpenModelClient {

  /** The outcome of one run: the latency of each request in ms (from its planned time). */
  record Run(double[] ms, int errors, double seconds) {}

  private final URI base;
  private final String headers;
  private final int connections;

  /**
   * @param base the application's address
   * @param headers extra request headers, each ending in CRLF (cookie, CSRF token)
   * @param connections kept-alive connections (enough that they are never all busy at the rate)
   */
  OpenModelClient(String base, String headers, int connections) {
    this.base = URI.create(base);
    this.headers = headers;
    this.connections = connections;
  }

  /** POSTs (empty body) each path at {@code rate} per second, in order, and waits for all. */
  Run post(List<String> paths, int rate) throws InterruptedException {
    double[] ms = new double[paths.size()];
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    BlockingQueue<long[]> planned = new LinkedBlockingQueue<>();
    Thread[] workers = new Thread[connections];
    for (int w = 0; w < connections; w++) {
      workers[w] =
          Thread.ofVirtual()
              .start(
                  () -> {
                    Connection c = null;
                    try {
                      while (true) {
                        long[] job = planned.take();
                        if (job[0] < 0) {
                          return;
                        }
                        int i = (int) job[0];
                        boolean ok = false;
                        try {
                          if (c == null) {
                            c = new Connection();
                          }
                          int status = c.post(paths.get(i));
                          ok = status == 200;
                          if (c.closed) {
                            c.close();
                            c = null;
                          }
                        } catch (IOException e) {
                          if (c != null) {
                            c.close();
                            c = null;
                          }
                        }
                        ms[i] = (System.nanoTime() - job[1]) / 1e6;
                        if (!ok) {
                          errors.incrementAndGet();
                        }
                        done.incrementAndGet();
                      }
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    } finally {
                      if (c != null) {
                        c.close();
                      }
                    }
                  });
    }
    long period = 1_000_000_000L / rate;
    long start = System.nanoTime() + 50_000_000L;
    for (int i = 0; i < paths.size(); i++) {
      long at = start + i * period;
      long wait;
      while ((wait = at - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait); // no spinning: the client shares the cores it measures
      }
      planned.add(new long[] {i, at});
    }
    for (int w = 0; w < connections; w++) {
      planned.add(new long[] {-1, 0});
    }
    for (Thread t : workers) {
      t.join(TimeUnit.MINUTES.toMillis(5));
    }
    return new Run(ms, errors.get() + (paths.size() - done.get()), (System.nanoTime() - start) / 1e9);
  }

  /** One kept-alive connection; {@link #closed} once the server said it closes it. */
  private final class Connection {
    private final Socket socket = new Socket();
    private final InputStream in;
    private final OutputStream out;
    boolean closed;

    Connection() throws IOException {
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
      socket.setSoTimeout(60_000);
      in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
      out = socket.getOutputStream();
    }

    int post(String path) throws IOException {
      String request =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: "
              + base.getHost()
              + ":"
              + base.getPort()
              + "\r\n"
              + headers
              + "Content-Length: 0\r\n\r\n";
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      String statusLine = line();
      int status = Integer.parseInt(statusLine.substring(9, 12));
      long length = -1;
      boolean chunked = false;
      String h;
      while (!(h = line()).isEmpty()) {
        String lower = h.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(lower.substring(15).trim());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        } else if (lower.startsWith("connection:") && lower.contains("close")) {
          closed = true;
        }
      }
      if (chunked) {
        long size;
        while ((size = Long.parseLong(line().split(";")[0].trim(), 16)) > 0) {
          skip(size);
          line();
        }
        while (!line().isEmpty()) {
          // trailers
        }
      } else if (length > 0) {
        skip(length);
      } else if (length < 0) {
        closed = true; // the body runs to the end of the connection
      }
      return status;
    }

    private void skip(long n) throws IOException {
      while (n > 0) {
        long k = in.skip(n);
        if (k <= 0) {
          if (in.read() < 0) {
            throw new IOException("connection closed in a body");
          }
          k = 1;
        }
        n -= k;
      }
    }

    private String line() throws IOException {
      StringBuilder b = new StringBuilder(64);
      int ch;
      while ((ch = in.read()) >= 0) {
        if (ch == '\n') {
          int end = b.length();
          if (end > 0 && b.charAt(end - 1) == '\r') {
            b.setLength(end - 1);
          }
          return b.toString();
        }
        b.append((char) ch);
      }
      throw new IOException("connection closed");
    }

    void close() {
      try {
        socket.close();
      } catch (IOException e) {
        // already gone
      }
    }
  }
}
