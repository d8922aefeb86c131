package com.example.api;

import org.apache.hc.client5.http.impl.DefaultConnectionKeepAliveStrategy;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.util.TimeValue;

public class ApiClient {
    private static final TimeValue MAX = TimeValue.ofSeconds(30);

    public static CloseableHttpClient create() {
        CloseableHttpClient http = HttpClients.custom()
                .setKeepAliveStrategy((response, context) -> {
                    // honour the server hint, but never more than 30 s
                    TimeValue hinted = DefaultConnectionKeepAliveStrategy.INSTANCE
                            .getKeepAliveDuration(response, context);
                    return hinted.compareTo(MAX) > 0 ? MAX : hinted;
                })
                .evictIdleConnections(TimeValue.ofSeconds(40))
                .build();
        return http;
    }
}
