package dev.streamline.notifier.http

import org.apache.http.impl.client.CloseableHttpClient
import org.apache.http.impl.client.DefaultConnectionKeepAliveStrategy
import org.apache.http.impl.client.HttpClients
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager

object NotifierHttp {
    private val pool = PoolingHttpClientConnectionManager().apply {
        maxTotal = 50
        defaultMaxPerRoute = 25
    }

    val client: CloseableHttpClient = HttpClients.custom()
        .setConnectionManager(pool)
        .setKeepAliveStrategy(DefaultConnectionKeepAliveStrategy())
        .build()
}
