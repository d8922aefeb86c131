package com.example.sync

import okhttp3.OkHttpClient
import okhttp3.Request

object GithubClient {
    // OkHttp's own pool: 5 idle connections kept for 5 minutes
    private val client = OkHttpClient()

    fun fetch(url: String): String? =
        client.newCall(Request.Builder().url(url).build()).execute().use { it.body?.string() }
}
