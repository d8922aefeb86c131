package com.example.http;

import java.time.Duration;

import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.util.TimeValue;

public class ConfiguredClient {
    private final HttpProperties props;

    public ConfiguredClient(HttpProperties props) {
        this.props = props;
    }

    public CloseableHttpClient client() {
        RequestConfig rc = RequestConfig.custom()
                .setConnectionKeepAlive(TimeValue.ofSeconds(props.getKeepAliveSeconds()))
                .build();
        return HttpClients.custom()
                .setDefaultRequestConfig(rc)
                .evictIdleConnections(TimeValue.ofMilliseconds(Duration.parse(props.getIdle()).toMillis()))
                .setConnectionTimeToLive(TimeValue.ofMinutes(5))
                .build();
    }
}
