package com.acme.common.http;

import org.apache.hc.core5.util.TimeValue;

public final class ClientTimeouts {
    // Evict before the 60 s load balancer idle timeout.
    public static final TimeValue IDLE_EVICT = TimeValue.ofSeconds(IDLE_SECONDS);
    public static final long IDLE_SECONDS = 40;
    public static final int TTL_MINUTES = 5;

    private ClientTimeouts() {}
}
