package com.example.search;

import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

public class ClientFactory {
    private final SearchProperties props;

    public ClientFactory(SearchProperties props) {
        this.props = props;
    }

    public OkHttpClient create() {
        ConnectionPool pool = new ConnectionPool(props.getMaxIdle(), props.getKeepAliveSeconds(), TimeUnit.SECONDS);
        return new OkHttpClient.Builder().connectionPool(pool).build();
    }
}
