package io.github.samhttp.core.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * The starter descriptors {@code init} writes: each a commented descriptor in {@code presets/<name>.yaml} that a
 * user edits where it says CHANGE, with a request that runs it once generated.
 */
public enum Preset {
    TWILIO_SMS("twilio-sms", "send an SMS with Twilio (HTTP Basic, form-encoded body)", null,
            "{\"sms\": {\"To\": \"+15551234567\", \"From\": \"+15557654321\", \"Body\": \"Hello from sam-http\"}}"),
    STRIPE_PAYMENT("stripe-payment", "create a Stripe PaymentIntent (form-encoded, idempotency key forwarded)", null,
            "{\"amount\": 2000, \"currency\": \"usd\", \"payment_method_types\": [\"card\"]}"),
    SENDGRID_MAIL("sendgrid-mail", "send an email with SendGrid's v3 mail/send (never sent twice)", null,
            "{\"personalizations\": [{\"to\": [{\"email\": \"ada@example.com\"}]}], \"from\": {\"email\":"
                    + " \"shop@example.com\"}, \"subject\": \"Hello\", \"content\": [{\"type\": \"text/plain\","
                    + " \"value\": \"Hi Ada\"}]}"),
    SLACK_MESSAGE("slack-message", "post a Slack message with a bot token (chat.postMessage)", null,
            "{\"channel\": \"C0123456789\", \"text\": \"Hello from sam-http\"}"),
    GITHUB_ISSUE("github-issue", "create a GitHub issue, the repository taken from the API path",
            "/repos/octo-org/hello-world/issues", "{\"title\": \"Found a bug\", \"body\": \"Steps to reproduce\"}"),
    OAUTH_API("oauth-api", "call any API protected by OAuth 2 client credentials", null,
            "{\"name\": \"Ada\", \"email\": \"ada@example.com\"}"),
    API_KEY_API("api-key-api", "call any API that takes an API key in a header", null,
            "{\"item\": \"book\", \"quantity\": 1}"),
    EVENTBRIDGE_WEBHOOK("eventbridge-webhook", "forward EventBridge events to a webhook (no API)", null,
            "{\"source\": \"com.example.orders\", \"detail-type\": \"OrderPlaced\", \"detail\": {\"orderId\":"
                    + " \"42\"}}");

    private final String id;
    private final String summary;
    private final String samplePath;
    private final String sampleBody;

    Preset(String id, String summary, String samplePath, String sampleBody) {
        this.id = id;
        this.summary = summary;
        this.samplePath = samplePath;
        this.sampleBody = sampleBody;
    }

    /** The name users give: {@code twilio-sms}. */
    public String id() {
        return id;
    }

    /** What the preset does, in a few words. */
    public String summary() {
        return summary;
    }

    /** The API path to call the generated project with, or null when its only route has no parameters. */
    public String samplePath() {
        return samplePath;
    }

    /** A request body (or, for an event-triggered preset, an event) the generated project accepts. */
    public String sampleBody() {
        return sampleBody;
    }

    /** The descriptor as shipped, comments and all. */
    public byte[] text() {
        String resource = "/io/github/samhttp/presets/" + id + ".yaml";
        try (InputStream in = Preset.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar lacks " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The preset of that name, or null. */
    public static Preset named(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst().orElse(null);
    }

    /** Every preset's name. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Preset::id).toList();
    }
}
