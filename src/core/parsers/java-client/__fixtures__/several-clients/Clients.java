package com.example.http;

import javax.jms.MessageProducer;

import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.util.TimeValue;

public class Clients {
    /** Talks to the payments API behind an ALB (60 s idle). */
    final CloseableHttpClient payments = HttpClients.custom()
            .evictIdleConnections(TimeValue.ofSeconds(50))
            .build();

    /** Talks to a partner whose nginx uses keepalive_timeout 75s, with the defaults. */
    final CloseableHttpClient partner = HttpClients.createDefault();

    final CloseableHttpClient reports = HttpClients.custom()
            .setDefaultRequestConfig(RequestConfig.custom()
                    .setConnectionKeepAlive(TimeValue.ofMinutes(2))
                    .build())
            .build();

    void publish(MessageProducer producer) throws Exception {
        producer.setTimeToLive(60000); // JMS: message expiry, not HTTP
    }
}
