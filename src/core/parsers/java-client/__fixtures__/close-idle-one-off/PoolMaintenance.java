package com.example.http;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.core5.util.TimeValue;

public class PoolMaintenance {
    private final PoolingHttpClientConnectionManager cm = new PoolingHttpClientConnectionManager();
    private final CloseableHttpClient client = HttpClients.custom().setConnectionManager(cm).build();

    /** Called once from the start-up hook, after the warm-up requests. */
    public void afterWarmUp() {
        cm.closeIdle(TimeValue.ofSeconds(55));
    }
}
