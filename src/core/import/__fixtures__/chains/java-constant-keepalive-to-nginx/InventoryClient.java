package com.example.storefront.inventory;

import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

public final class InventoryClient {

    // Below the inventory proxy's keepalive_timeout (75s).
    private static final long KEEP_ALIVE_SECONDS = 30;
    private static final Timeout RESPONSE_TIMEOUT = Timeout.ofSeconds(5);

    private final CloseableHttpClient http;

    public InventoryClient() {
        RequestConfig config = RequestConfig.custom()
                .setConnectionKeepAlive(TimeValue.ofSeconds(KEEP_ALIVE_SECONDS))
                .setResponseTimeout(RESPONSE_TIMEOUT)
                .build();
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnPerRoute(40)
                        .build())
                .setDefaultRequestConfig(config)
                .build();
    }
}
