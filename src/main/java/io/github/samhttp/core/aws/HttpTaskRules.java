package io.github.samhttp.core.aws;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What the Step Functions HTTP Task accepts in a header. */
public final class HttpTaskRules {

    /** Headers the HTTP Task may not set: the execution would fail with States.Runtime. */
    private static final Set<String> FORBIDDEN = Set.of(
            "a-im", "accept-charset", "accept-datetime", "accept-encoding", "authorization", "cache-control",
            "connection", "content-encoding", "content-md5", "date", "expect", "forwarded", "from", "host",
            "http2-settings", "if-match", "if-modified-since", "if-none-match", "if-range", "if-unmodified-since",
            "max-forwards", "origin", "pragma", "proxy-authorization", "referer", "server", "te", "trailer",
            "transfer-encoding", "upgrade", "via", "warning");

    private static final String[] FORBIDDEN_PREFIXES = {"x-forwarded-", "x-amz-", "x-amzn-"};

    /**
     * Headers the HTTP Task sets itself, replacing a value the task gives: what the third party gets instead. (Its
     * User-Agent is its own too, but whether it keeps a task's is not known: no warning for that one.)
     */
    private static final java.util.Map<String, String> OWN = java.util.Map.of("range", "bytes=0-262144");

    /** Step Functions' payload quota: an execution's input, a state's result, in UTF-8 bytes. */
    public static final int PAYLOAD_BYTES = 262_144;

    /** RFC 9110 token characters. */
    public static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,128}");

    private HttpTaskRules() {
    }

    /** The value the HTTP Task sends in place of this header's, or null when it sends the task's own. */
    public static String replacedBy(String header) {
        return OWN.get(header.toLowerCase(Locale.ROOT));
    }

    /** Whether the HTTP Task refuses to send this header. */
    public static boolean forbidden(String header) {
        String lower = header.toLowerCase(Locale.ROOT);
        if (FORBIDDEN.contains(lower)) {
            return true;
        }
        for (String prefix : FORBIDDEN_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
