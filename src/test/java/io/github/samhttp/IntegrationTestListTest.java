package io.github.samhttp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every IT folder runs in the build: one with a POM through the invoker's pattern for POMs, one without (a user's
 * command line) only when the invoker's main execution names it. An IT written but not named never ran in CI.
 */
class IntegrationTestListTest {

    @Test
    void everyItFolderIsRunByTheInvoker() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        String main = pom.substring(pom.indexOf("<artifactId>maven-invoker-plugin</artifactId>"));
        main = main.substring(0, main.indexOf("</pomIncludes>"));
        List<String> named = new ArrayList<>();
        Matcher include = Pattern.compile("<pomInclude>([^<]+)</pomInclude>").matcher(main);
        while (include.find()) {
            named.add(include.group(1));
        }
        List<String> unnamed = new ArrayList<>();
        try (Stream<Path> folders = Files.list(Path.of("src/it"))) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                String name = folder.getFileName().toString();
                boolean runs = Files.exists(folder.resolve("pom.xml")) ? named.contains("*/pom.xml")
                        : named.contains(name);
                if (!runs && Files.exists(folder.resolve("invoker.properties"))) {
                    unnamed.add(name);
                }
            }
        }
        assertThat(named).contains("*/pom.xml");
        assertThat(unnamed).as("IT folders the invoker's main execution does not run").isEmpty();
    }
}
