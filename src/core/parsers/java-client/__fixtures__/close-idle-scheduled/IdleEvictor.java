package com.example.http;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.core5.util.TimeValue;

public class IdleEvictor {
    private static final long MAX_IDLE_SECONDS = 30;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager();
    final CloseableHttpClient client = HttpClients.custom().setConnectionManager(pool).build();

    public void start() {
        scheduler.scheduleAtFixedRate(() -> {
            pool.closeExpired();
            pool.closeIdle(TimeValue.ofSeconds(MAX_IDLE_SECONDS));
        }, 5, 5, TimeUnit.SECONDS);
    }
}
