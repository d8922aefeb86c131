package com.example.orders.http;

/** Shared HTTP client settings for every outbound client of the orders service. */
public final class HttpDefaults {

    /** Below the shipping proxy's keepalive_timeout (75s). */
    public static final long KEEP_ALIVE_SECONDS = 20;

    public static final int MAX_CONNECTIONS_PER_ROUTE = 32;

    private HttpDefaults() {}
}
