package io.github.samhttp.core.aws;

import java.util.regex.Pattern;

/**
 * What an API's edges take: a WAF web ACL, a custom domain with its certificate and hosted zone, the origins and
 * headers of browser (CORS) calls.
 */
public final class ApiGatewayEdges {

    /** A regional WAFv2 web ACL (API Gateway stages take regional ACLs, not CloudFront's global ones). */
    public static final Pattern WEB_ACL = Pattern.compile(
            "arn:aws(-[a-z]+)*:wafv2:[a-z]{2}(-[a-z]+)+-[0-9]:[0-9]{12}:regional/webacl/[A-Za-z0-9_-]{1,128}/"
                    + "[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
    /** An ACM certificate. */
    public static final Pattern CERTIFICATE = Pattern.compile(
            "arn:aws(-[a-z]+)*:acm:[a-z]{2}(-[a-z]+)+-[0-9]:[0-9]{12}:certificate/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
    /**
     * A domain name as API Gateway takes it: lowercase labels, at most 253 characters, internationalised names in
     * their ASCII (punycode, {@code xn--}) form.
     */
    public static final Pattern DOMAIN_NAME = Pattern.compile(
            "(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})");
    public static final Pattern HOSTED_ZONE = Pattern.compile("Z[A-Z0-9]{1,31}");
    /** One segment of a base path mapping. */
    public static final Pattern BASE_PATH = Pattern.compile("[A-Za-z0-9_.~-]{1,128}");

    /**
     * A browser origin as a page sends it: scheme and lowercase host, a port when not the default; no path, no
     * trailing slash. Or {@code *}, any origin.
     */
    public static final Pattern ORIGIN = Pattern.compile(
            "\\*|https?://[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*(:[1-9][0-9]{0,4})?");
    /** An interface VPC endpoint (for execute-api), through which a private API answers. */
    public static final Pattern VPC_ENDPOINT = Pattern.compile("vpce-[0-9a-f]{8}([0-9a-f]{9})?");
    /** The methods a browser allows after a preflight whatever its answer lists (the CORS-safelisted ones). */
    public static final java.util.List<String> SAFELISTED_METHODS = java.util.List.of("GET", "HEAD", "POST");
    /** Any origin; a browser never sends credentials to it. */
    public static final String ANY_ORIGIN = "*";
    /** The longest a browser may cache a preflight answer, as API Gateway's HTTP API CORS takes it. */
    public static final int MAX_PREFLIGHT_AGE_SECONDS = 86_400;
    /** The request headers a SigV4-signing (IAM) caller sends. */
    public static final java.util.List<String> SIGV4_HEADERS = java.util.List.of("Authorization", "X-Amz-Date",
            "X-Amz-Security-Token", "X-Amz-Content-Sha256");
    /** The header that carries a REST API's key. */
    public static final String API_KEY_HEADER = "X-Api-Key";

    private ApiGatewayEdges() {
    }
}
