package com.example.mobile.api

import java.util.concurrent.TimeUnit
import okhttp3.ConnectionPool
import okhttp3.OkHttpClient

private const val IDLE_MINUTES = 2L

class ApiClient {
    // Keep idle sockets shorter than the gateway's 3 minute keep-alive
    private val pool = ConnectionPool(
        maxIdleConnections = 8,
        keepAliveDuration = IDLE_MINUTES,
        timeUnit = TimeUnit.MINUTES,
    )

    val http: OkHttpClient = OkHttpClient.Builder()
        .connectionPool(pool)
        .retryOnConnectionFailure(false)
        .build()
}
