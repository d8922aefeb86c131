package com.example.billing.ledger;

import org.apache.http.conn.ConnectionKeepAliveStrategy;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class LedgerClientConfig {

    @Bean
    public CloseableHttpClient ledgerHttpClient() {
        PoolingHttpClientConnectionManager cm = new PoolingHttpClientConnectionManager();
        cm.setMaxTotal(100);
        cm.setDefaultMaxPerRoute(20);

        // Never keep a pooled connection longer than 30 s, whatever the server says.
        ConnectionKeepAliveStrategy keepAlive = (response, context) -> 30 * 1000L;

        return HttpClients.custom()
                .setConnectionManager(cm)
                .setKeepAliveStrategy(keepAlive)
                .build();
    }
}
