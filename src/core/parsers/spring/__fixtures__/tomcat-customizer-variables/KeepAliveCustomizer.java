package com.example.gateway;

import java.time.Duration;
import org.apache.coyote.http11.Http11NioProtocol;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

@Component
public class KeepAliveCustomizer implements TomcatConnectorCustomizer {

    private static final int MAX_REQUESTS = 10 * 100;

    @Value("${app.tomcat.keep-alive-ms:65000}")
    private int keepAliveMs;

    @Override
    public void customize(org.apache.catalina.connector.Connector connector) {
        if (connector.getProtocolHandler() instanceof Http11NioProtocol http) {
            http.setKeepAliveTimeout(keepAliveMs);
            http.setConnectionTimeout((int) Duration.ofSeconds(30).toMillis());
            http.setMaxKeepAliveRequests(MAX_REQUESTS);
        }
    }
}
