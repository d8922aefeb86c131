package com.acme.pricing.client;

import static com.acme.common.http.ClientTimeouts.*;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;

public class PricingClient {

    private final CloseableHttpClient http = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    .setDefaultConnectionConfig(ConnectionConfig.custom()
                            .setTimeToLive(TimeValue.ofMinutes(TTL_MINUTES))
                            .build())
                    .build())
            .evictIdleConnections(IDLE_EVICT)
            .build();
}
