package io.github.samhttp.core;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samhttp.core.documents.Document;
import io.github.samhttp.core.write.Serializers;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A cold build spends most of {@code generate} loading classes, one stage after the other. When the fast path
 * misses, a daemon thread renders a small built-in descriptor in memory, serialisers first: on a second core it
 * loads what the later stages need while the build's own thread reads and validates the user's descriptor. Once
 * per JVM, only with two cores or more; its result is thrown away, and so is anything it throws.
 */
final class Warmup {

    private static final byte[] SAMPLE = ("endpoint: https://api.example.com/v1/items/{id}\nmethod: POST\n"
            + "auth:\n  type: BASIC\n  username: ssm:/warmup/user\n  password: secretsmanager:warmup:SecretString:p\n"
            + "path: /items/{id}\nrequestBody: $.item\nencoding: URL_ENCODED\nheaders:\n  Accept: application/json\n")
            .getBytes(StandardCharsets.UTF_8);
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private Warmup() {
    }

    static void start() {
        if (Runtime.getRuntime().availableProcessors() < 2 || !STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(Warmup::run, "sam-http-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            // The serialisers first: the build's own thread needs them last.
            ObjectNode tree = JsonNodeFactory.instance.objectNode();
            tree.put("Key", "value").putArray("List").add(1).addObject().put("Nested", true);
            for (Document.Format format : Document.Format.values()) {
                Serializers.bytes(new Document("warmup", format, format == Document.Format.TOML
                        ? JsonNodeFactory.instance.objectNode().put("key", "value") : tree));
            }
            Generator.render("warmup.yaml", SAMPLE);
        } catch (Exception | LinkageError e) {
            // Only a warm-up: the build's own thread does the work and reports what goes wrong.
        }
    }
}
