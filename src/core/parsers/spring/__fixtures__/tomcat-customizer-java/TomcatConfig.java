package com.example.orders.config;

import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;

/**
 * Keep idle connections longer than the ALB (60 s) so the ALB always closes first.
 * Was: protocol.setKeepAliveTimeout(20000); which raced the ALB.
 */
@Configuration
public class TomcatConfig implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            AbstractHttp11Protocol<?> protocol = (AbstractHttp11Protocol<?>) connector.getProtocolHandler();
            protocol.setKeepAliveTimeout(65_000);
            // protocol.setMaxKeepAliveRequests(1);
            protocol.setMaxKeepAliveRequests(1000);
            protocol.setConnectionTimeout(20000);
        });
    }
}
