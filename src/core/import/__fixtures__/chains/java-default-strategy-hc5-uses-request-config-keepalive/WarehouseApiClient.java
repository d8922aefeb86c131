package com.logistics.warehouse.client;

import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultConnectionKeepAliveStrategy;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

public final class WarehouseApiClient {

    // The strategy below falls back to this when the response has no Keep-Alive header.
    private static final TimeValue KEEP_ALIVE = TimeValue.of(30, TimeUnit.SECONDS);

    public static CloseableHttpClient create() {
        RequestConfig defaults = RequestConfig.custom()
                .setConnectionKeepAlive(KEEP_ALIVE)
                .setResponseTimeout(Timeout.ofSeconds(10))
                .build();
        return HttpClients.custom()
                .setDefaultRequestConfig(defaults)
                .setKeepAliveStrategy(DefaultConnectionKeepAliveStrategy.INSTANCE)
                .evictExpiredConnections()
                .build();
    }
}
