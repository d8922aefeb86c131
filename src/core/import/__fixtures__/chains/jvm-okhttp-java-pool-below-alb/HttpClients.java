package com.example.payments.http;

import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

public final class HttpClients {
    private HttpClients() {}

    /** Shared client for the ledger API (behind an ALB with a 60 s idle timeout). */
    public static OkHttpClient ledgerClient() {
        return new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(20, 45, TimeUnit.SECONDS))
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(10, TimeUnit.SECONDS)
                .build();
    }
}
