package com.example.orders;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.util.TimeValue;

/**
 * Builds the HTTP client the orders service uses to call inventory.
 *
 * Inventory keeps idle connections for 75 seconds.
 * The client evicts them sooner, so it never sends on a connection being closed.
 */
public class HttpClientConfig {

    /**
     * The shared client.
     * Idle connections are evicted after 30 seconds.
     */
    public CloseableHttpClient httpClient() {
        return HttpClients.custom()
            .evictExpiredConnections()
            .evictIdleConnections(TimeValue.ofSeconds(30))
            .build();
    }
}
