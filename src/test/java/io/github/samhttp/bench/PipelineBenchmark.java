package io.github.samhttp.bench;

import io.github.samhttp.core.Generator;
import io.github.samhttp.core.SamHttpException;
import io.github.samhttp.core.write.UpToDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The warm pipeline, by the number of integrations in one descriptor: read, validate, build and serialise every
 * document, check the platform limits ({@code render}); and the up-to-date check of a project already written.
 * Run with {@code bash docs/bench-pipeline.sh}; results in docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {

    @Param({"1", "10", "50", "300"})
    public int integrations;

    private Path folder;
    private Generator.Config config;
    private byte[] descriptor;

    /** A service of {@code n} integrations sharing one connection, each a POST to its own endpoint. */
    public static String service(int n) {
        StringBuilder yaml = new StringBuilder("name: bench\nconnections:\n  api:\n    type: API_KEY\n"
                + "    header: x-api-key\n    value: secretsmanager:bench:SecretString:key\nintegrations:\n");
        for (int i = 1; i <= n; i++) {
            yaml.append("  call-").append(i).append(":\n    endpoint: https://api.example.com/v1/items/").append(i)
                    .append("\n    method: POST\n    connection: api\n");
        }
        return yaml.toString();
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException, SamHttpException {
        folder = Files.createTempDirectory("sam-http-bench");
        Path file = folder.resolve("integration.yaml");
        descriptor = service(integrations).getBytes(StandardCharsets.UTF_8);
        Files.write(file, descriptor);
        config = new Generator.Config(file, "integration.yaml", folder.resolve("sam"));
        Generator.generate(config);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Everything but writing: the cold path's work, warm. */
    @Benchmark
    public Generator.Rendered render() throws SamHttpException {
        return Generator.render(config);
    }

    /** The fast path on a project that is up to date. */
    @Benchmark
    public UpToDate.Fresh upToDate() {
        return UpToDate.check(config.outputDirectory(), UpToDate.input(descriptor, "integration.yaml"));
    }
}
