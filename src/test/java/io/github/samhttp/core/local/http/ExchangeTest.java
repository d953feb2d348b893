package io.github.samhttp.core.local.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Both ways a request leaves the local runtime (HttpURLConnection, and the JDK HttpClient for what the former
 * cannot send) reach the third party alike and read its answer alike.
 */
class ExchangeTest {

    HttpServer server;
    URI uri;
    final ConcurrentLinkedQueue<Map<String, List<String>>> received = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> methods = new ConcurrentLinkedQueue<>();
    final AtomicInteger clientsBuilt = new AtomicInteger();
    volatile long bodyDelayMillis;
    volatile long dripMillis;
    HttpClient client;
    final Supplier<HttpClient> clients = () -> {
        clientsBuilt.incrementAndGet();
        return client;
    };

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            methods.add(exchange.getRequestMethod());
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.putAll(exchange.getRequestHeaders());
            received.add(headers);
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Connection", "close");
            exchange.getResponseHeaders().add("X-Seen", "first");
            exchange.getResponseHeaders().add("X-Seen", "second");
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            byte[] body = "{\"ok\": \"é\"}".getBytes(StandardCharsets.UTF_8);
            int status = exchange.getRequestURI().getPath().equals("/missing") ? 404 : 200;
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.flush();
                Thread.sleep(bodyDelayMillis);
                if (dripMillis > 0) {
                    for (byte b : body) {
                        out.write(b);
                        out.flush();
                        Thread.sleep(dripMillis);
                    }
                    return;
                }
                out.write(body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.io.IOException e) {
                // The client gave up first.
            }
        });
        server.start();
        uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/items");
        client = HttpInvoker.newClient(uri);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void bothClientsSendTheSameHeadersAndReadTheSameAnswer() throws Exception {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(Map.of("Content-Type", "application/json", "Accept", "*/*", "User-Agent", "agent/1",
                "X-Custom", "v"));

        Exchange.Answer put = Exchange.send(clients, "PUT", uri, headers, "{\"a\": 1}", 5000);
        assertThat(clientsBuilt).as("PUT with a typed body goes through HttpURLConnection").hasValue(0);
        Exchange.Answer patch = Exchange.send(clients, "PATCH", uri, headers, "{\"a\": 1}", 5000);
        assertThat(clientsBuilt).as("PATCH goes through the HttpClient").hasValue(1);

        List<Map<String, List<String>>> sent = List.copyOf(received);
        assertThat(names(sent.get(0))).isEqualTo(names(sent.get(1)));
        for (String name : List.of("Content-Type", "Accept", "User-Agent", "X-Custom", "Content-Length", "Host")) {
            assertThat(sent.get(0).get(name)).as(name).isEqualTo(sent.get(1).get(name));
        }
        assertThat(methods).containsExactly("PUT", "PATCH");
        assertThat(put.status()).isEqualTo(patch.status());
        assertThat(put.body()).isEqualTo(patch.body());
        Map<String, List<String>> putHeaders = new TreeMap<>(put.headers());
        Map<String, List<String>> patchHeaders = new TreeMap<>(patch.headers());
        putHeaders.remove("date");
        patchHeaders.remove("date");
        assertThat(putHeaders).isEqualTo(patchHeaders);
        assertThat(put.headers().get("X-SEEN")).containsExactly("first", "second");
        assertThat(put.headers().keySet()).contains("x-seen", "content-type");
        assertThat(put.body()).isEqualTo("{\"ok\": \"é\"}");
    }

    @Test
    void anErrorAnswerIsReadLikeAnyOther() throws Exception {
        Exchange.Answer answer = Exchange.send(clients, "GET", uri.resolve("/missing"), Map.of(), null, 5000);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).isEqualTo("{\"ok\": \"é\"}");
        assertThat(clientsBuilt).hasValue(0);
    }

    @Test
    void whatHttpUrlConnectionWouldAlterGoesThroughTheHttpClient() throws Exception {
        Exchange.send(clients, "POST", uri, Map.of(), null, 5000);
        Exchange.send(clients, "POST", uri, Map.of(), "untyped text", 5000);
        Exchange.send(clients, "GET", uri, Map.of("Content-Type", "text/plain"), "a body on GET", 5000);

        assertThat(clientsBuilt).hasValue(3);
        assertThat(methods).containsExactly("POST", "POST", "GET");
        for (Map<String, List<String>> headers : received) {
            assertThat(headers.get("Content-Type")).isNotEqualTo(List.of("application/x-www-form-urlencoded"));
        }
    }

    @Test
    void aBodyThatArrivesTooSlowlyIsATimeoutOnEitherPath() {
        bodyDelayMillis = 1500;
        Map<String, String> typed = Map.of("Content-Type", "application/json");

        assertThatThrownBy(() -> Exchange.send(clients, "PUT", uri, typed, "{}", 300))
                .isInstanceOf(TimeoutException.class);
        assertThatThrownBy(() -> Exchange.send(clients, "PATCH", uri, typed, "{}", 300))
                .isInstanceOf(TimeoutException.class);
    }

    @Test
    void aBodyThatDripsInIsCutAtTheDeadlineNotAtTheLastByte() {
        dripMillis = 400;
        Map<String, String> typed = Map.of("Content-Type", "application/json");

        long start = System.nanoTime();
        assertThatThrownBy(() -> Exchange.send(clients, "PUT", uri, typed, "{}", 700))
                .isInstanceOf(TimeoutException.class);
        assertThat((System.nanoTime() - start) / 1_000_000).as("12 bytes at 400 ms each would take 4.8 s")
                .isLessThan(2500);
    }

    @Test
    void headerValuesBeyondAsciiGoThroughTheHttpClientAndBeyondLatin1AreRefused() throws Exception {
        Exchange.send(clients, "PUT", uri, Map.of("Content-Type", "application/json", "X-Name", "Zoë"), "{}", 5000);

        assertThat(clientsBuilt).hasValue(1);
        assertThatThrownBy(() -> Exchange.check(Map.of("X-Name", "日本")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid header value");
    }

    @Test
    void headersNoClientWouldSendAsGivenAreRefused() {
        assertThatThrownBy(() -> Exchange.check(Map.of("Content-Length", "3")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("restricted");
        assertThatThrownBy(() -> Exchange.check(Map.of("Keep-Alive", "5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("restricted");
        assertThatThrownBy(() -> Exchange.check(Map.of("Bad Name", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid header name");
        assertThatThrownBy(() -> Exchange.check(Map.of("X-Split", "a\r\nInjected: b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid header value");
        Exchange.check(Map.of("X-Fine", "tab\tand text", "Accept", "application/json"));
    }

    private static TreeSet<String> names(Map<String, List<String>> headers) {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(headers.keySet());
        names.remove("Connection");
        return names;
    }
}
