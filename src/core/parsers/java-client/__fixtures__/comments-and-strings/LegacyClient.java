package com.example.legacy;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.util.TimeValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class LegacyClient {
    private static final Logger log = LoggerFactory.getLogger(LegacyClient.class);

    private static final String HELP = """
        Tune with .evictIdleConnections(TimeValue.ofSeconds(5))
        and .setConnectionKeepAlive(TimeValue.ofSeconds(5))
        """;

    CloseableHttpClient build() {
        log.info("evictIdleConnections(TimeValue.ofSeconds(1)) is off, see {}", HELP);
        /*
         * .evictIdleConnections(TimeValue.ofSeconds(10))
         */
        return HttpClients.custom()
                // .evictIdleConnections(TimeValue.ofSeconds(15))
                .evictIdleConnections(TimeValue.ofSeconds(58)) // below the 60 s of the ALB
                .build();
    }
}
