import java.time.Duration;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

public class HttpConfig {
    private static final long LIFE_SECONDS = 600;

    static HttpClient client(PoolProperties pool) {
        ConnectionProvider provider = ConnectionProvider.builder("upstream")
                .maxIdleTime(pool.getIdleTimeout())
                .maxLifeTime(Duration.ofSeconds(LIFE_SECONDS))
                .build();
        return HttpClient.create(provider).disableRetry(true);
    }
}
