package io.github.samhttp.core.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A scripted third-party API on 127.0.0.1: answers in order, repeats the last answer, records every request. */
public final class MockThirdParty implements AutoCloseable {

    /** A request as the mock received it. */
    public record Received(String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if (header.getKey().equalsIgnoreCase(name)) {
                    return header.getValue().get(0);
                }
            }
            return null;
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** One scripted answer: waits {@code delayMillis} before the headers, {@code bodyDelayMillis} before the body. */
    public record Answer(int status, String contentType, String body, long delayMillis, long bodyDelayMillis) {
        public Answer(int status, String contentType, String body, long delayMillis) {
            this(status, contentType, body, delayMillis, 0);
        }

        public static Answer json(int status, String body) {
            return new Answer(status, "application/json", body, 0);
        }
    }

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService executor = Executors.newCachedThreadPool();
    private final Deque<Answer> answers = new ArrayDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private Answer last = Answer.json(200, "{}");

    /** A started mock, for a test's field: {@code @AutoClose final MockThirdParty mock = MockThirdParty.started();}. */
    public static MockThirdParty started() {
        try {
            return new MockThirdParty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public MockThirdParty() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Forgets scripted answers and received requests. */
    public synchronized MockThirdParty reset() {
        answers.clear();
        received.clear();
        last = Answer.json(200, "{}");
        return this;
    }

    public MockThirdParty answer(Answer... next) {
        answers.addAll(List.of(next));
        return this;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public List<Received> received() {
        return received;
    }

    private synchronized Answer next() {
        if (!answers.isEmpty()) {
            last = answers.poll();
        }
        return last;
    }

    private void handle(HttpExchange exchange) throws IOException {
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                Map.copyOf(exchange.getRequestHeaders()), exchange.getRequestBody().readAllBytes()));
        Answer answer = next();
        try {
            Thread.sleep(answer.delayMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        // One connection per request: the JDK's HttpServer and HttpClient race on a kept-alive connection (the
        // second request of a run, after the OAuth token, was once in a few thousand runs never read).
        exchange.getResponseHeaders().add("Connection", "close");
        if (answer.contentType() != null) {
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        }
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.flush();
            Thread.sleep(answer.bodyDelayMillis());
            out.write(body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The client gave up first.
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
