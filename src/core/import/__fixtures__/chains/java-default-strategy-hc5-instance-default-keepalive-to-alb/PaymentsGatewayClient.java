package com.fintech.payments.gateway;

import org.apache.hc.client5.http.impl.DefaultConnectionKeepAliveStrategy;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;

/** Client for the card-network gateway (behind an AWS ALB). */
public class PaymentsGatewayClient implements AutoCloseable {

    private final CloseableHttpClient http;

    public PaymentsGatewayClient() {
        PoolingHttpClientConnectionManager cm = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(100)
                .setMaxConnPerRoute(100)
                .build();
        this.http = HttpClients.custom()
                .setConnectionManager(cm)
                .setKeepAliveStrategy(DefaultConnectionKeepAliveStrategy.INSTANCE)
                .build();
    }

    @Override
    public void close() throws Exception {
        http.close();
    }
}
