package com.example.legacy;

import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.DefaultConnectionKeepAliveStrategy;
import org.apache.http.impl.client.HttpClientBuilder;

public class LegacyClient {
    // setKeepAliveStrategy((r, c) -> 5000L) was tried and reverted
    static CloseableHttpClient create() {
        return HttpClientBuilder.create()
                .setKeepAliveStrategy(new DefaultConnectionKeepAliveStrategy())
                .setMaxConnPerRoute(20)
                .build();
    }

    static CloseableHttpClient shared() {
        return HttpClientBuilder.create()
                .setKeepAliveStrategy(DefaultConnectionKeepAliveStrategy.INSTANCE)
                .build();
    }
}
