package com.example.orders.shipping;

import static com.example.orders.http.HttpDefaults.KEEP_ALIVE_SECONDS;

import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

public final class ShippingClient {

    private final CloseableHttpClient http;

    public ShippingClient() {
        RequestConfig config = RequestConfig.custom()
                .setConnectionKeepAlive(TimeValue.ofSeconds(KEEP_ALIVE_SECONDS))
                .setResponseTimeout(Timeout.ofSeconds(8))
                .build();
        this.http = HttpClients.custom().setDefaultRequestConfig(config).build();
    }
}
