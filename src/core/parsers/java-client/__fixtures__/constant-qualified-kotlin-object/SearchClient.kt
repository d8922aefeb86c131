package com.acme.search

import org.apache.hc.client5.http.config.RequestConfig
import org.apache.hc.client5.http.impl.classic.HttpClients
import org.apache.hc.core5.util.TimeValue

class SearchClient {
    private val config = RequestConfig.custom()
        .setConnectionKeepAlive(TimeValue.ofSeconds(HttpSettings.KEEP_ALIVE_SECONDS))
        .build()

    val http = HttpClients.custom().setDefaultRequestConfig(config).build()
}
