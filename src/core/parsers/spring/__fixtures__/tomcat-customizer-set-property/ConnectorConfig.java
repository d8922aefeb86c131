package com.example.billing;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ConnectorConfig {

    @Bean
    public TomcatServletWebServerFactory servletContainer() {
        TomcatServletWebServerFactory tomcat = new TomcatServletWebServerFactory();
        tomcat.addConnectorCustomizers(connector -> {
            connector.setProperty("keepAliveTimeout", "120000");
            connector.setProperty("maxKeepAliveRequests", "-1");
            connector.setProperty("relaxedQueryChars", "[]|{}");
        });
        return tomcat;
    }
}
