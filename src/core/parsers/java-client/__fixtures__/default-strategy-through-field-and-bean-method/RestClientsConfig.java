package com.acme.gateway.config;

import org.apache.http.conn.ConnectionKeepAliveStrategy;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.DefaultConnectionKeepAliveStrategy;
import org.apache.http.impl.client.HttpClientBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class RestClientsConfig {

    // Honour the server's Keep-Alive header (the stock behaviour).
    private static final ConnectionKeepAliveStrategy KEEP_ALIVE =
            DefaultConnectionKeepAliveStrategy.INSTANCE;

    @Bean
    public ConnectionKeepAliveStrategy keepAliveStrategy() {
        return new DefaultConnectionKeepAliveStrategy();
    }

    @Bean
    public CloseableHttpClient ordersHttpClient() {
        return HttpClientBuilder.create()
                .setMaxConnPerRoute(50)
                .setKeepAliveStrategy(KEEP_ALIVE)
                .build();
    }

    @Bean
    public CloseableHttpClient billingHttpClient() {
        return HttpClientBuilder.create()
                .setKeepAliveStrategy(keepAliveStrategy())
                .evictIdleConnections(30, java.util.concurrent.TimeUnit.SECONDS)
                .build();
    }
}
