package com.example.old;

import java.util.concurrent.TimeUnit;

import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

public class PooledClient {
    public static CloseableHttpClient create() {
        PoolingHttpClientConnectionManager cm = new PoolingHttpClientConnectionManager();
        cm.setMaxTotal(100);
        cm.setValidateAfterInactivity(1000);
        return HttpClients.custom()
                .setConnectionManager(cm)
                .setConnectionTimeToLive(60, TimeUnit.SECONDS)
                .evictIdleConnections(30L, TimeUnit.SECONDS)
                .setKeepAliveStrategy((response, context) -> 20_000L)
                .build();
    }
}
