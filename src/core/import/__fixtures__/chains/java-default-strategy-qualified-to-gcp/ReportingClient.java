package com.example.reporting;

import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

public class ReportingClient {

    private static final PoolingHttpClientConnectionManager POOL = new PoolingHttpClientConnectionManager();

    static {
        POOL.setMaxTotal(20);
        POOL.setDefaultMaxPerRoute(20);
        POOL.setValidateAfterInactivity(1000);
    }

    public static CloseableHttpClient build() {
        return HttpClients.custom()
                .setConnectionManager(POOL)
                .setKeepAliveStrategy(org.apache.http.impl.client.DefaultConnectionKeepAliveStrategy.INSTANCE)
                .build();
    }
}
