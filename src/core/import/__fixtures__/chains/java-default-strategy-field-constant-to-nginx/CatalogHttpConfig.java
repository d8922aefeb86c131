package com.shop.catalog.config;

import org.apache.http.client.config.RequestConfig;
import org.apache.http.conn.ConnectionKeepAliveStrategy;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.DefaultConnectionKeepAliveStrategy;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class CatalogHttpConfig {

    /** Use whatever Keep-Alive the catalog proxy announces. */
    private static final ConnectionKeepAliveStrategy KEEP_ALIVE_STRATEGY =
            DefaultConnectionKeepAliveStrategy.INSTANCE;

    private static final int CONNECT_TIMEOUT_MS = 2_000;
    private static final int SOCKET_TIMEOUT_MS = 15_000;

    @Bean(destroyMethod = "close")
    public CloseableHttpClient catalogHttpClient() {
        PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager();
        pool.setMaxTotal(64);
        pool.setDefaultMaxPerRoute(32);
        return HttpClients.custom()
                .setConnectionManager(pool)
                .setKeepAliveStrategy(KEEP_ALIVE_STRATEGY)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectTimeout(CONNECT_TIMEOUT_MS)
                        .setSocketTimeout(SOCKET_TIMEOUT_MS)
                        .build())
                .build();
    }
}
