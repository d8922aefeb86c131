package com.example.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.util.TimeValue;

class Timeouts {
    static RequestConfig requestConfig() {
        // Trap: TimeValue.of takes a unit; ofMilliseconds does not multiply.
        return RequestConfig.custom()
                .setConnectionKeepAlive(TimeValue.of(55, TimeUnit.SECONDS))
                .build();
    }

    static ConnectionConfig connectionConfig() {
        return ConnectionConfig.custom()
                .setValidateAfterInactivity(TimeValue.ofMilliseconds(500L))
                .setTimeToLive(TimeValue.ofMilliseconds(TimeUnit.MINUTES.toMillis(5)))
                .build();
    }

    static Object client() {
        return HttpClients.custom()
                .setDefaultRequestConfig(requestConfig())
                .evictIdleConnections(TimeValue.ofMilliseconds(Duration.ofSeconds(40).toMillis()))
                .build();
    }
}
