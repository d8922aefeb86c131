package com.acme.orders.config;

import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/** Longer keep-alive for the partner API; runs before Spring Boot's own connector settings. */
@Component
public class TomcatTuning implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addProtocolHandlerCustomizers(handler -> {
            if (handler instanceof AbstractHttp11Protocol<?> protocol) {
                protocol.setKeepAliveTimeout(120_000);
                protocol.setMaxKeepAliveRequests(500);
            }
        });
    }
}
