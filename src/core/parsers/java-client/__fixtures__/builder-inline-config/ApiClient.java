package com.example.billing;

import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

public final class ApiClient implements AutoCloseable {

    private final CloseableHttpClient http;

    public ApiClient() {
        this.http = HttpClients.custom()
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.ofSeconds(5))
                        .setResponseTimeout(Timeout.ofSeconds(30))
                        .setConnectionKeepAlive(TimeValue.ofSeconds(50))
                        .build())
                .evictIdleConnections(TimeValue.ofSeconds(45))
                .evictExpiredConnections()
                .build();
    }

    @Override
    public void close() throws Exception {
        http.close();
    }
}
