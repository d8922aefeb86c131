package com.example.accounts.web;

import java.time.Duration;

import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/** Keeps idle connections longer than the load balancer does (ALB: 60 s). */
@Component
public class KeepAliveCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final int KEEP_ALIVE_MS = (int) Duration.ofSeconds(45).toMillis();

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            AbstractHttp11Protocol<?> protocol = (AbstractHttp11Protocol<?>) connector.getProtocolHandler();
            protocol.setKeepAliveTimeout(KEEP_ALIVE_MS);
            protocol.setMaxKeepAliveRequests(1000);
        });
    }
}
