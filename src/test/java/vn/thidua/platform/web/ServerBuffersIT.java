package vn.thidua.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import vn.thidua.support.ApplicationTest;

/** The running connector reads and writes in 32 KB blocks (issue 16), not Tomcat's 8 KB. */
class ServerBuffersIT extends ApplicationTest {

  @Autowired WebServerApplicationContext context;

  @Test
  void theConnectorReadsAndWritesIn32KbBlocks() {
    Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
    assertThat(String.valueOf(connector.getProperty("socket.appReadBufSize"))).isEqualTo("32768");
    assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize"))).isEqualTo("32768");
  }
}
