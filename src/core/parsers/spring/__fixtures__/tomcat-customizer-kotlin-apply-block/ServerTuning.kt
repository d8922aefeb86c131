package io.shop.checkout.config

import org.apache.coyote.http11.AbstractHttp11Protocol
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory
import org.springframework.boot.web.server.WebServerFactoryCustomizer
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration

@Configuration
class ServerTuning {
    @Bean
    fun connectorKeepAlive() = WebServerFactoryCustomizer<TomcatServletWebServerFactory> { factory ->
        factory.addConnectorCustomizers({ connector ->
            (connector.protocolHandler as AbstractHttp11Protocol<*>).apply {
                keepAliveTimeout = 65_000 // a little above the ALB's 60 s
                maxKeepAliveRequests = 1000
            }
        })
    }
}
