package org.acme.ledger

import org.apache.coyote.http11.Http11NioProtocol
import org.springframework.boot.web.embedded.tomcat.TomcatConnectorCustomizer
import org.springframework.stereotype.Component

private const val IDLE_MS = 2 * 60 * 1000

@Component
class TomcatKeepAlive : TomcatConnectorCustomizer {
    override fun customize(connector: org.apache.catalina.connector.Connector) {
        val keepAliveTimeout = 5_000 // a local, not the connector's
        with(connector.protocolHandler as Http11NioProtocol) {
            keepAliveTimeout = IDLE_MS
            connectionTimeout = 20_000
        }
        logger.info("idle {}", keepAliveTimeout)
    }
}
