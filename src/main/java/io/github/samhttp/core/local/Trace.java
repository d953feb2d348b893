package io.github.samhttp.core.local;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * What a local run did, line by line: states entered, HTTP attempts, retries and waits. Every secret value the
 * run resolved is masked in every line, also URL-encoded, JSON-escaped, and in the Base64 of a Basic
 * Authorization header.
 */
public final class Trace {

    static final String MASK = "****";

    private final List<String> lines = new ArrayList<>();
    private final List<String> secrets = new ArrayList<>();
    private final Consumer<String> listener;

    public Trace(Consumer<String> listener) {
        this.listener = listener;
    }

    /** Masks this value from now on, also as it appears URL-encoded or escaped in JSON. */
    public synchronized void secret(String value) {
        if (value == null || value.length() < 3) {
            return;
        }
        String urlEncoded = java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
        String json = JSON_STRINGS.getNodeFactory().textNode(value).toString();
        for (String form : new String[] {value, urlEncoded, urlEncoded.replace("+", "%20"),
                json.substring(1, json.length() - 1)}) {
            if (!secrets.contains(form)) {
                secrets.add(form);
            }
        }
        secrets.sort(Comparator.comparingInt(String::length).reversed());
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON_STRINGS =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** Masks secrets in {@code text}. */
    public synchronized String mask(String text) {
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }

    public synchronized void add(String line) {
        String masked = mask(line);
        lines.add(masked);
        listener.accept(masked);
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** Base64 of {@code user:password}, registered as a secret so headers print masked. */
    public String basicCredentials(String user, String password) {
        String encoded = Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        secret(encoded);
        return encoded;
    }
}
