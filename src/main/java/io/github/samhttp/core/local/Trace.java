package io.github.samhttp.core.local;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * What a local run did, line by line: states entered, HTTP attempts, retries and waits. Every secret value the
 * run resolved is masked in every line, also in its Base64 form (as in a Basic Authorization header).
 */
public final class Trace {

    static final String MASK = "****";

    private final List<String> lines = new ArrayList<>();
    private final List<String> secrets = new ArrayList<>();
    private final Consumer<String> listener;

    public Trace(Consumer<String> listener) {
        this.listener = listener;
    }

    /** Masks this value (and its Base64) from now on. */
    public void secret(String value) {
        if (value != null && value.length() >= 3 && !secrets.contains(value)) {
            secrets.add(value);
            secrets.sort(Comparator.comparingInt(String::length).reversed());
        }
    }

    /** Masks secrets in {@code text}. */
    public String mask(String text) {
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }

    public void add(String line) {
        String masked = mask(line);
        lines.add(masked);
        listener.accept(masked);
    }

    public List<String> lines() {
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
