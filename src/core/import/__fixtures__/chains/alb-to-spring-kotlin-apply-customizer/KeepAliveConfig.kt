package com.northwind.orders

import org.apache.coyote.http11.AbstractHttp11Protocol
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory
import org.springframework.boot.web.server.WebServerFactoryCustomizer
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration

@Configuration
class KeepAliveConfig {
    @Bean
    fun tomcatKeepAlive() = WebServerFactoryCustomizer<TomcatServletWebServerFactory> { factory ->
        factory.addConnectorCustomizers({ connector ->
            (connector.protocolHandler as AbstractHttp11Protocol<*>).apply {
                keepAliveTimeout = 30_000
            }
        })
    }
}
