package com.acme.pricing;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.socket.ConnectionSocketFactory;
import org.apache.hc.core5.http.config.Registry;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.pool.PoolReusePolicy;
import org.apache.hc.core5.util.TimeValue;

final class PricingHttp {
    static CloseableHttpClient build(Registry<ConnectionSocketFactory> sockets) {
        PoolingHttpClientConnectionManager manager = new PoolingHttpClientConnectionManager(
                sockets, PoolConcurrencyPolicy.LAX, PoolReusePolicy.LIFO, TimeValue.ofMinutes(2));
        PoolingHttpClientConnectionManager plain = new PoolingHttpClientConnectionManager(sockets);
        return HttpClients.custom()
                .setConnectionManager(manager)
                .evictIdleConnections(TimeValue.ofSeconds(40))
                .build();
    }
}
