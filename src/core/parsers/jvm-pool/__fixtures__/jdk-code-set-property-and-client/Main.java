package com.example.crawler;

import java.net.http.HttpClient;
import java.time.Duration;

public class Main {
    public static void main(String[] args) throws Exception {
        // Must run before the first HttpClient is built: the pool reads it once
        System.setProperty("jdk.httpclient.keepalive.timeout", "50");
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(3))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        new Crawler(client).run(args);
    }
}
