package com.example.gateway;

import org.apache.hc.client5.http.impl.DefaultConnectionKeepAliveStrategy;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.util.TimeValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class HttpConfig {

    /* Keep the server's Keep-Alive hint: the default strategy reads it. */
    @Bean
    public CloseableHttpClient upstreamClient() {
        return HttpClients.custom()
                .setKeepAliveStrategy(DefaultConnectionKeepAliveStrategy.INSTANCE)
                .evictIdleConnections(TimeValue.ofSeconds(45))
                .build();
    }
}
