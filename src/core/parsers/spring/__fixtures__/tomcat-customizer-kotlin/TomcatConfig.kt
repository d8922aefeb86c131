package com.example.catalog

import org.apache.coyote.http11.AbstractHttp11Protocol
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory
import org.springframework.boot.web.server.WebServerFactoryCustomizer
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration

@Configuration
class TomcatConfig {
    @Bean
    fun keepAlive() = WebServerFactoryCustomizer<TomcatServletWebServerFactory> { factory ->
        factory.addConnectorCustomizers({ connector ->
            val protocol = connector.protocolHandler as AbstractHttp11Protocol<*>
            protocol.keepAliveTimeout = 75 * 1000 // NLB idle is 350 s; ALB 60 s
            protocol.maxKeepAliveRequests = -1
        })
    }
}
