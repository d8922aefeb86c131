package com.example.payments;

import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

public final class PaymentsHttp {
    private static final long EVICT_SECONDS = 50;

    public static CloseableHttpClient build(long idleSeconds, int ttlMinutes) {
        ConnectionConfig connectionConfig = ConnectionConfig.custom()
                .setValidateAfterInactivity(TimeValue.ofSeconds(idleSeconds))
                .setTimeToLive(Timeout.of(ttlMinutes, TimeUnit.MINUTES))
                .build();
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(connectionConfig)
                        .build())
                .evictIdleConnections(TimeValue.ofSeconds(EVICT_SECONDS))
                .build();
    }
}
