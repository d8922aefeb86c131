package com.acme.inventory.config;

import java.util.concurrent.TimeUnit;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class InventoryClientConfig {
    private static final long POOL_TTL_SECONDS = 50;

    @Bean
    public CloseableHttpClient inventoryHttpClient() {
        // pooled connections live at most 50 s, whatever the server says
        PoolingHttpClientConnectionManager pool =
                new PoolingHttpClientConnectionManager(POOL_TTL_SECONDS, TimeUnit.SECONDS);
        pool.setMaxTotal(80);
        pool.setDefaultMaxPerRoute(20);
        return HttpClients.custom()
                .setConnectionManager(pool)
                .evictIdleConnections(15L, TimeUnit.SECONDS)
                .build();
    }
}
