package com.example.http;

import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.util.TimeValue;

public final class ClientFactory {
    /** The load balancer in front of the API closes idle connections after 60 s. */
    private static final int LB_IDLE_SECONDS = 60;
    private static final long SAFETY_MARGIN_MS = 5_000L;
    private static final long KEEP_ALIVE_MS = LB_IDLE_SECONDS * 1000L - SAFETY_MARGIN_MS;
    private static final TimeValue EVICT_AFTER = TimeValue.ofMilliseconds(KEEP_ALIVE_MS - 5_000L);

    private ClientFactory() {}

    public static CloseableHttpClient newClient() {
        final var config = RequestConfig.custom()
                .setConnectionKeepAlive(TimeValue.ofMilliseconds(KEEP_ALIVE_MS))
                .build();
        return HttpClients.custom()
                .setDefaultRequestConfig(config)
                .evictIdleConnections(EVICT_AFTER)
                .build();
    }
}
