package com.example.ledger.config

import org.apache.coyote.http11.AbstractHttp11Protocol
import org.springframework.boot.web.embedded.tomcat.TomcatConnectorCustomizer
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory
import org.springframework.boot.web.server.WebServerFactoryCustomizer
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration

@Configuration
class TomcatConfig {

    /** Outlive the ALB's 60 s idle timeout so the ALB always closes first. */
    @Bean
    fun keepAliveCustomizer(): WebServerFactoryCustomizer<TomcatServletWebServerFactory> =
        WebServerFactoryCustomizer { factory ->
            factory.addConnectorCustomizers(TomcatConnectorCustomizer { connector ->
                val protocol = connector.protocolHandler as AbstractHttp11Protocol<*>
                protocol.setKeepAliveTimeout(120_000)
                protocol.maxKeepAliveRequests = 1000
            })
        }
}
