package vn.thidua.platform.web;

import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

/**
 * The connector reads and writes a connection's bytes in blocks of 32 KB rather than Tomcat's 8 KB
 * (issue 16): a stream of a hundred megabytes (an eligibility batch, an import, a large download)
 * then takes a quarter of the system calls and of the wake-ups of its thread, which on two cores
 * was a tenth of the CPU of such a stream. Each open connection holds one block of each (64 KB
 * instead of 16 KB), so a thousand kept-alive browsers hold 64 MB.
 */
@Component
class ServerBuffers implements TomcatConnectorCustomizer {

  static final int BLOCK = 32 * 1024;

  @Override
  public void customize(Connector connector) {
    connector.setProperty("socket.appReadBufSize", String.valueOf(BLOCK));
    connector.setProperty("socket.appWriteBufSize", String.valueOf(BLOCK));
  }
}
