package com.example.client

import org.apache.hc.client5.http.config.RequestConfig
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient
import org.apache.hc.client5.http.impl.classic.HttpClients
import org.apache.hc.core5.util.TimeValue

private const val KEEP_ALIVE_SECONDS = 50L
private val evictAfter: TimeValue = TimeValue.ofSeconds(KEEP_ALIVE_SECONDS - 5)

fun buildClient(): CloseableHttpClient {
    val requestConfig = RequestConfig.custom()
        .setConnectionKeepAlive(TimeValue.ofSeconds(KEEP_ALIVE_SECONDS))
        .build()
    return HttpClients.custom()
        .setDefaultRequestConfig(requestConfig)
        .evictIdleConnections(evictAfter)
        .build()
}
