package io.github.samhttp.core.aws;

import java.util.regex.Pattern;

/** What an API's edges take: a WAF web ACL, a custom domain with its certificate and hosted zone. */
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

    private ApiGatewayEdges() {
    }
}
