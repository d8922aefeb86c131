package com.example.orders

import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.http.client.reactive.ReactorClientHttpConnector
import org.springframework.web.reactive.function.client.WebClient
import reactor.netty.http.client.HttpClient

@Configuration
class Clients {
    // Reactor Netty's default pool: no idle limit unless maxIdleTime is set
    @Bean
    fun pricingClient(): WebClient = WebClient.builder()
        .clientConnector(ReactorClientHttpConnector(HttpClient.create().compress(true)))
        .baseUrl("http://pricing")
        .build()
}
