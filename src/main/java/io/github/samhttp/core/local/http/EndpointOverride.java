package io.github.samhttp.core.local.http;

import io.github.samhttp.core.SamHttpException;
import io.github.samhttp.core.Setting;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

/** Where a local run sends the third party's calls instead: a mock, never a host across a network in clear. */
public final class EndpointOverride {

    private EndpointOverride() {
    }

    /** An override must be http(s) with a host and nothing else; plain http only to a loopback address. */
    public static void check(URI override) throws SamHttpException {
        if (override == null) {
            return;
        }
        String fix = ". Fix: write e.g. http://127.0.0.1:8080 (scheme, host and port only)";
        if (override.getHost() == null || !("http".equals(override.getScheme())
                || "https".equals(override.getScheme()))) {
            throw new SamHttpException(List.of(Setting.ENDPOINT_OVERRIDE.mention() + " '" + override + "': not an http(s) URL" + fix));
        }
        if ((override.getRawPath() != null && !override.getRawPath().isEmpty() && !override.getRawPath().equals("/"))
                || override.getRawQuery() != null) {
            throw new SamHttpException(List.of(Setting.ENDPOINT_OVERRIDE.mention() + " '" + override + "': has a path or query" + fix));
        }
        if ("http".equals(override.getScheme()) && !loopback(override.getHost())) {
            throw new SamHttpException(List.of(Setting.ENDPOINT_OVERRIDE.mention() + " '" + override + "': plain http:// is allowed only"
                    + " to a loopback address (127.0.0.1, ::1, localhost), so credentials never cross a network in"
                    + " clear" + fix));
        }
    }

    private static boolean loopback(String host) {
        try {
            String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            if (!bare.equals("localhost") && !bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
                return false;
            }
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
