package com.acme.search

object HttpSettings {
    const val KEEP_ALIVE_SECONDS = 25L
    const val MAX_PER_ROUTE = 50
}
