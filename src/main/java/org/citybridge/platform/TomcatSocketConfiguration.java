package org.citybridge.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat's buffer for writing to a connection ({@code citybridge.server.socket-write-buffer}, 16 KB; Tomcat's own default
 * is 8 KB): a public page of 10–13 KB (the home page, a column page) then leaves in one write instead of two. Each
 * open connection holds one, so behind a proxy that keeps a few dozen connections to the instance it costs little.
 */
@Configuration(proxyBeanMethods = false)
class TomcatSocketConfiguration {

    @Bean
    TomcatConnectorCustomizer socketWriteBuffer(@Value("${citybridge.server.socket-write-buffer:16KB}") DataSize size) {
        return connector -> connector.setProperty("socket.appWriteBufSize", Long.toString(size.toBytes()));
    }
}
