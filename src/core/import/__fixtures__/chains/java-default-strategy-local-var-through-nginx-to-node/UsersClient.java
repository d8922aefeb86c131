package com.acme.portal.users;

import org.apache.http.conn.ConnectionKeepAliveStrategy;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.DefaultConnectionKeepAliveStrategy;
import org.apache.http.impl.client.HttpClients;

public class UsersClient {

    public CloseableHttpClient newClient() {
        ConnectionKeepAliveStrategy keepAlive = DefaultConnectionKeepAliveStrategy.INSTANCE;
        return HttpClients.custom()
                .setKeepAliveStrategy(keepAlive)
                .evictIdleConnections(50L, java.util.concurrent.TimeUnit.SECONDS)
                .build();
    }
}
