package com.acme.ledger.web;

import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.web.embedded.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

@Component
public class KeepAliveCustomizer implements TomcatConnectorCustomizer {
    @Override
    public void customize(org.apache.catalina.connector.Connector connector) {
        AbstractHttp11Protocol<?> protocol = (AbstractHttp11Protocol<?>) connector.getProtocolHandler();
        protocol.setKeepAliveTimeout(90_000);
        protocol.setMaxKeepAliveRequests(200);
    }
}
