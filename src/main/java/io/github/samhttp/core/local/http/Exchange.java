package io.github.samhttp.core.local.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One request of the HTTP Task and its whole answer, within a deadline. Sent with {@link HttpURLConnection}, which a
 * cold JVM starts in milliseconds (the JDK's {@link HttpClient} costs a first call about 250 ms: its selector thread,
 * asynchronous pipeline and TLS provider), except where {@code HttpURLConnection} would not send what the task
 * sends: PATCH, which it refuses; a body on GET or HEAD, which it turns into a POST; a body without a Content-Type
 * and a POST without a body, to which it adds a form Content-Type; a PUT without a body, sent without
 * Content-Length; header values beyond ASCII, which it encodes differently. Those go through the {@link HttpClient}, built at
 * the first such request. Either way the same headers reach the third party (the task's own, Host, Content-Length;
 * {@code HttpURLConnection} adds {@code Connection: keep-alive}, which HTTP/1.1 implies), and the answer's headers
 * come back as one case-insensitive map, names in lower case as the HttpClient gives them. Both use the JVM's
 * default proxy settings. Left different: a request without body on GET, DELETE, OPTIONS or HEAD carries no
 * {@code Content-Length: 0} through HttpURLConnection, and a 401 answer to a request with a body comes without its
 * body (HttpURLConnection's authentication handling); the HTTP Task's output does not use an error's body.
 */
final class Exchange {

    /** How long a connection may take to open. */
    static final long CONNECT_MILLIS = 10_000;

    /**
     * Header names neither client sends as given: the JDK's HttpClient refuses them, {@code HttpURLConnection}
     * silently drops them. Refused here, for both.
     */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "keep-alive", "transfer-encoding", "trailer", "via", "origin", "access-control-request-headers",
            "access-control-request-method", "content-transfer-encoding");
    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

    /**
     * An answer.
     *
     * @param status the status code
     * @param headers the headers by lower-case name (looked up case-insensitively), in name order
     * @param body the body as UTF-8 text; empty when there is none
     */
    record Answer(int status, Map<String, List<String>> headers, String body) {
    }

    private Exchange() {
    }

    /** Refuses a header no client would send as given: {@link IllegalArgumentException} says which. */
    static void check(Map<String, String> headers) {
        for (Map.Entry<String, String> header : headers.entrySet()) {
            String name = header.getKey();
            boolean token = !name.isEmpty();
            for (int i = 0; i < name.length() && token; i++) {
                char c = name.charAt(i);
                token = c < 128 && (Character.isLetterOrDigit(c) || TOKEN_SYMBOLS.indexOf(c) >= 0);
            }
            if (!token) {
                throw new IllegalArgumentException("invalid header name: \"" + name + "\"");
            }
            if (RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("restricted header name: \"" + name + "\"");
            }
            for (char c : header.getValue().toCharArray()) {
                if (c < ' ' && c != '\t' || c == 0x7f || c > 0xff) {
                    throw new IllegalArgumentException("invalid header value for header \"" + name + "\"");
                }
            }
        }
    }

    /**
     * Sends {@code body} (null for none) and reads the whole answer within {@code millis}.
     *
     * @throws TimeoutException when the answer, body included, did not arrive in time
     * @throws IOException when the connection failed
     */
    static Answer send(Supplier<HttpClient> client, String method, URI uri, Map<String, String> headers, String body,
            long millis) throws IOException, TimeoutException, InterruptedException {
        boolean typed = false;
        for (String name : headers.keySet()) {
            typed |= name.equalsIgnoreCase("Content-Type");
        }
        boolean latin1 = false;
        for (String value : headers.values()) {
            for (int i = 0; i < value.length() && !latin1; i++) {
                latin1 = value.charAt(i) > 0x7f;
            }
        }
        // PUT too without body: HttpURLConnection sends no Content-Length then, and some servers answer 411.
        boolean clientOnly = method.equals("PATCH") || body == null && (method.equals("POST") || method.equals("PUT"))
                || body != null && (method.equals("GET") || method.equals("HEAD") || !typed)
                // Header values beyond ASCII: the HttpClient sends them as ISO-8859-1, HttpURLConnection as UTF-8.
                || latin1;
        return clientOnly ? viaHttpClient(client.get(), method, uri, headers, body, millis)
                : viaUrlConnection(method, uri, headers, body, millis);
    }

    private static Answer viaUrlConnection(String method, URI uri, Map<String, String> headers, String body,
            long millis) throws IOException, TimeoutException, InterruptedException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        // On a thread of its own, waited for as the HttpClient's future is: the deadline covers the body too, however
        // slowly it arrives (a read timeout alone restarts with every byte).
        FutureTask<Answer> exchange = new FutureTask<>(() -> exchange(connection, method, headers, body, millis));
        Thread thread = new Thread(exchange, "sam-http-exchange");
        thread.setDaemon(true);
        thread.start();
        return await(exchange, millis, connection::disconnect);
    }

    /**
     * The answer within {@code millis}, whichever client sends: the deadline covers the body too. On any failure,
     * {@code release} frees what the exchange holds.
     */
    private static Answer await(Future<Answer> exchange, long millis, Runnable release)
            throws IOException, TimeoutException, InterruptedException {
        try {
            return exchange.get(Math.max(1, millis), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | InterruptedException e) {
            exchange.cancel(true);
            // Not on this thread: HttpURLConnection.disconnect() may wait for a lock the reading thread holds
            // until the last byte of a dripping body, and the deadline is now.
            Thread releasing = new Thread(release, "sam-http-release");
            releasing.setDaemon(true);
            releasing.start();
            throw e;
        } catch (ExecutionException e) {
            release.run();
            if (e.getCause() instanceof SocketTimeoutException) {
                throw new TimeoutException("no answer within " + millis + " ms");
            }
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    private static Answer exchange(HttpURLConnection connection, String method, Map<String, String> headers,
            String body, long millis) throws IOException {
        connection.setInstanceFollowRedirects(false);
        connection.setConnectTimeout((int) Math.max(1, Math.min(CONNECT_MILLIS, millis)));
        connection.setReadTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, millis)));
        connection.setRequestMethod(method);
        for (Map.Entry<String, String> header : headers.entrySet()) {
            connection.setRequestProperty(header.getKey(), header.getValue());
        }
        byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        if (bytes != null) {
            connection.setDoOutput(true);
            // Streaming: a POST is never resent behind the task's back on a stale kept-alive connection.
            connection.setFixedLengthStreamingMode(bytes.length);
        }
        try {
            connection.connect();
        } catch (SocketTimeoutException e) {
            // A connection that does not open is a socket failure, as with the HttpClient, not the task's timeout.
            throw new java.net.ConnectException("connect timed out after " + CONNECT_MILLIS + " ms");
        }
        if (bytes != null) {
            try (OutputStream out = connection.getOutputStream()) {
                out.write(bytes);
            }
        }
        int status = connection.getResponseCode();
        Map<String, List<String>> answerHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        // One by one, in the order they came: getHeaderFields() lists a repeated header's values reversed.
        for (int i = 0; connection.getHeaderField(i) != null; i++) {
            String name = connection.getHeaderFieldKey(i);
            if (name != null) {
                answerHeaders.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(connection.getHeaderField(i));
            }
        }
        InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        String text = "";
        if (in != null) {
            try (InputStream stream = in) {
                text = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        connection.disconnect();
        return new Answer(status, answerHeaders, text);
    }

    private static Answer viaHttpClient(HttpClient client, String method, URI uri, Map<String, String> headers,
            String body, long millis) throws IOException, TimeoutException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (Map.Entry<String, String> header : headers.entrySet()) {
            request.header(header.getKey(), header.getValue());
        }
        // The client's own timeout stops at the headers: the future's covers the body too.
        CompletableFuture<HttpResponse<String>> sent =
                client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return await(sent.thenApply(response -> {
            Map<String, List<String>> answerHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            answerHeaders.putAll(response.headers().map());
            return new Answer(response.statusCode(), answerHeaders, response.body());
        }), millis, () -> sent.cancel(true));
    }
}
