package org.citybridge.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/** Sequential GETs with one HTTP client, as a person clicking would; answers median and p95 in milliseconds. */
final class LatencyProbe {

    record Latency(double median, double p95, int requests, long bytes) {
        String describe() {
            return String.format("median %.2f ms, p95 %.2f ms over %d requests (%d bytes each)", median, p95, requests, bytes);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Latency measure(String url, Map<String, String> headers, int warmup, int requests) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).GET();
        headers.forEach(builder::header);
        HttpRequest request = builder.build();
        long bytes = 0;
        for (int i = 0; i < warmup; i++) {
            bytes = check(client.send(request, HttpResponse.BodyHandlers.ofByteArray()), url).length;
        }
        double[] millis = new double[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            check(client.send(request, HttpResponse.BodyHandlers.ofByteArray()), url);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new Latency(millis[requests / 2], millis[(int) Math.ceil(requests * 0.95) - 1], requests, bytes);
    }

    private static byte[] check(HttpResponse<byte[]> response, String url) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }
}
