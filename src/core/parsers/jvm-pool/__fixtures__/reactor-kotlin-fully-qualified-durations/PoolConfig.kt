package com.example.edge

import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import reactor.netty.http.client.HttpClient
import reactor.netty.resources.ConnectionProvider

@Configuration
class PoolConfig {
    @Bean
    fun edgeHttpClient(): HttpClient {
        val provider = ConnectionProvider.builder("edge")
            .maxIdleTime(java.time.Duration.ofSeconds(55L))
            .maxLifeTime(java.time.Duration.ofMinutes(10))
            .build()
        return HttpClient.create(provider)
    }
}
