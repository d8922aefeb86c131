package org.example.search.config;

import org.apache.http.HttpResponse;
import org.apache.http.conn.ConnectionKeepAliveStrategy;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.DefaultConnectionKeepAliveStrategy;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.protocol.HttpContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class SearchClientConfig {

    @Bean
    public CloseableHttpClient searchHttpClient() {
        // Like the default, but never keep a connection forever when the server says nothing.
        ConnectionKeepAliveStrategy strategy = new DefaultConnectionKeepAliveStrategy() {
            @Override
            public long getKeepAliveDuration(HttpResponse response, HttpContext context) {
                long keepAlive = super.getKeepAliveDuration(response, context);
                if (keepAlive == -1) {
                    keepAlive = 10 * 1000;
                }
                return keepAlive;
            }
        };
        return HttpClients.custom().setKeepAliveStrategy(strategy).build();
    }
}
