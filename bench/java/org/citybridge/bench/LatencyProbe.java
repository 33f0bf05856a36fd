package org.citybridge.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Sequential GETs with one HTTP client, as a person clicking would; answers median and p95 in milliseconds. */
final class LatencyProbe {

    /** bytes: the mean size of an answer. */
    record Latency(double median, double p95, int requests, long bytes) {
        String describe() {
            return String.format("median %.2f ms, p95 %.2f ms over %d requests (mean %d bytes)", median, p95, requests, bytes);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Latency measure(String url, Map<String, String> headers, int warmup, int requests) throws Exception {
        return measure(Collections.nCopies(warmup + requests, url), headers, warmup);
    }

    /** The first {@code warmup} URLs warm up, the others are measured, in the order given; bytes is the mean size. */
    Latency measure(List<String> urls, Map<String, String> headers, int warmup) throws Exception {
        long bytes = 0;
        int requests = urls.size() - warmup;
        double[] millis = new double[requests];
        for (int i = 0; i < urls.size(); i++) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(urls.get(i))).GET();
            headers.forEach(builder::header);
            HttpRequest request = builder.build();
            long start = System.nanoTime();
            byte[] body = check(client.send(request, HttpResponse.BodyHandlers.ofByteArray()), urls.get(i));
            if (i >= warmup) {
                millis[i - warmup] = (System.nanoTime() - start) / 1e6;
                bytes += body.length;
            }
        }
        Arrays.sort(millis);
        return new Latency(millis[requests / 2], millis[(int) Math.ceil(requests * 0.95) - 1], requests, bytes / requests);
    }

    private static byte[] check(HttpResponse<byte[]> response, String url) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }
}
