package io.github.samhttp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a build pays for is mostly class loading, so what each path loads is part of its contract. Each run happens
 * in a fresh class loader over the test class path that records every class it defines: a cold generate loads
 * nothing only invoke needs; an up-to-date one loads no YAML or JSON code and no stage of the pipeline.
 */
class LoadedClassesTest {

    @TempDir
    Path dir;

    /** A class loader that defines every class of the class path itself and remembers which. */
    static final class Recording extends URLClassLoader {
        final Set<String> defined = ConcurrentHashMap.newKeySet();

        Recording() throws Exception {
            super(classPath(), ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            defined.add(name);
            return super.findClass(name);
        }

        private static URL[] classPath() throws Exception {
            String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            List<URL> urls = new ArrayList<>();
            for (String entry : path.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    urls.add(Path.of(entry).toUri().toURL());
                }
            }
            return urls.toArray(URL[]::new);
        }

        /** Generator.generate(new Config(descriptor, "integration.yaml", out)) inside this loader. */
        Object generate(Path descriptor, Path out) throws Exception {
            Class<?> config = loadClass("io.github.samhttp.core.Generator$Config");
            Constructor<?> make = config.getConstructor(Path.class, String.class, Path.class);
            Method generate = loadClass("io.github.samhttp.core.Generator").getMethod("generate", config);
            return generate.invoke(null, make.newInstance(descriptor, "integration.yaml", out));
        }
    }

    @Test
    void aColdGenerateLoadsNothingOnlyInvokeNeeds() throws Exception {
        Path descriptor = dir.resolve("integration.yaml");
        Files.copy(Path.of("examples/stripe-payment/integration.yaml"), descriptor);
        try (Recording loader = new Recording()) {
            loader.generate(descriptor, dir.resolve("sam"));
            assertThat(loader.defined).as("a class of the plugin was loaded: the recording works")
                    .contains("io.github.samhttp.core.documents.TemplateDocument");
            assertThat(loader.defined).noneMatch(c -> c.startsWith("org.apache.velocity.")
                    || c.startsWith("com.jayway.") || c.startsWith("net.minidev.") || c.startsWith("com.networknt.")
                    || c.startsWith("io.github.samhttp.core.local.") || c.startsWith("io.github.samhttp.core.init."))
                    .doesNotContain("com.fasterxml.jackson.databind.ObjectMapper",
                            "com.fasterxml.jackson.dataformat.yaml.YAMLMapper");
        }
    }

    /**
     * A factory loads and verifies every parser it can make, so the serialiser builds its writers itself: a
     * descriptor without a JSON value to parse (a schema, a JSON body) loads no Jackson factory at all.
     */
    @Test
    void aColdGenerateOfTheSeedLoadsNoJacksonFactory() throws Exception {
        Path descriptor = dir.resolve("integration.yaml");
        Files.copy(Path.of("examples/twilio-sms/integration.yaml"), descriptor);
        try (Recording loader = new Recording()) {
            loader.generate(descriptor, dir.resolve("sam"));
            assertThat(loader.defined).as("the documents were serialised")
                    .contains("io.github.samhttp.core.read.JsonText", "org.yaml.snakeyaml.emitter.Emitter")
                    .doesNotContain("com.fasterxml.jackson.core.JsonFactory",
                            "com.fasterxml.jackson.dataformat.yaml.YAMLFactory");
        }
    }

    @Test
    void anUpToDateGenerateLoadsNoYamlJsonOrPipelineCode() throws Exception {
        Path descriptor = dir.resolve("integration.yaml");
        Files.copy(Path.of("examples/twilio-sms/integration.yaml"), descriptor);
        Path out = dir.resolve("sam");
        Generator.generate(new Generator.Config(descriptor, "integration.yaml", out));
        try (Recording loader = new Recording()) {
            Object result = loader.generate(descriptor, out);
            assertThat(result.getClass().getMethod("upToDate").invoke(result)).isEqualTo(true);
            assertThat(loader.defined).contains("io.github.samhttp.core.write.UpToDate");
            assertThat(loader.defined).noneMatch(c -> c.startsWith("com.fasterxml.") || c.startsWith("org.yaml.")
                    || c.startsWith("io.github.samhttp.core.read.") || c.startsWith("io.github.samhttp.core.validate.")
                    || c.startsWith("io.github.samhttp.core.documents.") || c.startsWith("io.github.samhttp.core.model.")
                    || c.equals("io.github.samhttp.core.write.Serializers"));
        }
    }
}
