package com.example.storefront.catalog;

import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

public class CatalogClient {

    private final long keepAliveSeconds;
    private final CloseableHttpClient http;

    public CatalogClient(CatalogProperties props) {
        this.keepAliveSeconds = props.getKeepAliveSeconds();
        RequestConfig config = RequestConfig.custom()
                .setConnectionKeepAlive(TimeValue.of(keepAliveSeconds, TimeUnit.SECONDS))
                .setResponseTimeout(Timeout.ofSeconds(props.getResponseTimeoutSeconds()))
                .build();
        this.http = HttpClients.custom()
                .setDefaultRequestConfig(config)
                .build();
    }
}
