package io.github.samhttp.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;

/** The invoke goal's wiring: configuration and settings.xml servers reach the local runtime. */
@MojoTest
class InvokeMojoTest {

    /** Keeps what the mojo logs at info level. */
    static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add(content.toString());
        }
    }

    @Test
    @Basedir("src/test/resources/unit/invoke")
    @InjectMojo(goal = "invoke")
    void aDryRunPrintsTheRequestWithCredentialsFromSettings(InvokeMojo mojo) throws Exception {
        Settings settings = new Settings();
        settings.addServer(server("ssm:/twilio_sid", "AC123"));
        settings.addServer(server("ssm:/twilio_secret", "from-settings"));
        mojo.settings = settings;
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        mojo.execute();

        assertThat(log.lines).contains("sam-http: dry run, nothing sent. The request would be:",
                "POST https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json", "Authorization: Basic ****",
                "To=%2B1555&Body=Hi");
        assertThat(String.join("\n", log.lines)).doesNotContain("from-settings");
    }

    @Test
    @Basedir("src/test/resources/unit/invoke")
    @InjectMojo(goal = "invoke")
    void missingCredentialsFailTheBuild(InvokeMojo mojo) {
        mojo.settings = new Settings();
        mojo.dryRun = false;

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("the local run could not start");
    }

    @Test
    @Basedir("src/test/resources/unit/invoke")
    @InjectMojo(goal = "invoke")
    void aDryRunWithoutCredentialsShowsTheRequestAndWhatWouldSetThem(InvokeMojo mojo) throws Exception {
        mojo.settings = new Settings();
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        mojo.execute();

        assertThat(log.lines).contains("sam-http: dry run, nothing sent. The request would be:",
                "Authorization: Basic ****");
    }

    private static Server server(String id, String password) {
        Server server = new Server();
        server.setId(id);
        server.setPassword(password);
        return server;
    }
}
