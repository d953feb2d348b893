package io.github.samhttp.core.shape;

import static io.github.samhttp.core.shape.DescriptorShape.choice;
import static io.github.samhttp.core.shape.DescriptorShape.key;

import io.github.samhttp.core.aws.ApiGatewayEdges;
import io.github.samhttp.core.model.ApiEdges;
import io.github.samhttp.core.model.Cors;
import io.github.samhttp.core.model.EndpointType;
import io.github.samhttp.core.shape.Key.Place;
import io.github.samhttp.core.shape.Shape.Choice;
import io.github.samhttp.core.shape.Shape.Fields;
import io.github.samhttp.core.shape.Shape.Flag;
import io.github.samhttp.core.shape.Shape.Items;
import io.github.samhttp.core.shape.Shape.Text;
import io.github.samhttp.core.shape.Shape.Toggle;
import io.github.samhttp.core.shape.Shape.Whole;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The service-wide keys at the API's edges: its custom domain, the WAF web ACL in front of it, its access logs, the
 * browser origins it answers (CORS).
 * Part of {@link DescriptorShape}'s declaration, after the watch keys.
 */
final class EdgeKeys {

    private static final Set<Place> SERVICE_WIDE = EnumSet.of(Place.SINGLE, Place.SERVICE);
    private static final Set<Place> NESTED = EnumSet.noneOf(Place.class);

    static final List<Key> KEYS = List.of(
            key("domain", new Fields(
                    key("name", new Text(253, ApiGatewayEdges.DOMAIN_NAME, "a lowercase domain name such as"
                            + " 'api.example.com'"), true, null, NESTED, "The API's host name, e.g. `api.example.com`."),
                    key("certificate", new Text(2048, ApiGatewayEdges.CERTIFICATE, "an ACM certificate's ARN such as"
                            + " 'arn:aws:acm:eu-west-1:123456789012:certificate/12345678-1234-1234-1234-123456789012'"),
                            true, null, NESTED, "An ACM certificate for the name, in the stack's region."),
                    key("hostedZoneId", new Text(32, ApiGatewayEdges.HOSTED_ZONE, "a Route 53 hosted zone ID such as"
                            + " 'Z0123456789ABCDEFGHIJ'"), false, "none", NESTED, "The Route 53 hosted zone where an alias"
                                    + " record for the name is created; without it, point the name at the domain's"
                                    + " target yourself."),
                    key("basePath", new Text(128, ApiGatewayEdges.BASE_PATH, "one path segment of letters, digits and"
                            + " _ . ~ -, e.g. 'v1'"), false, "none (the API at the domain's root)", NESTED,
                            "The first path segment under which the API answers, e.g. `v1`.")), false, "none",
                    SERVICE_WIDE, "A custom domain for the API (regional), e.g. `domain: {name: api.example.com,"
                            + " certificate: arn:aws:acm:...}`; the `ApiUrl` output uses it. Not for event triggers."),
            key("webAcl", new Text(2048, ApiGatewayEdges.WEB_ACL, "a regional WAFv2 web ACL's ARN such as"
                    + " 'arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/api/12345678-1234-1234-1234-123456789012'"),
                    false, "none", SERVICE_WIDE, "A regional AWS WAF web ACL associated with the REST API's stage,"
                            + " e.g. `webAcl: arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/api/...`: its rules"
                            + " run before API Gateway. REST APIs only (WAF cannot protect an HTTP API)."),
            key("accessLogs", new Toggle(new Fields(
                    key("retentionDays", new Whole(1, 3653, "days"), false, "`" + ApiEdges.DEFAULT_ACCESS_LOG_DAYS + "`",
                            NESTED, "Days CloudWatch keeps the access logs (one of the values `logRetentionDays`"
                                    + " takes)."))), false, "`false`", SERVICE_WIDE,
                    "API access logs in a log group of their own, one JSON line per request: request id, time,"
                            + " method, route, status, latency, the integration's status and latency; never bodies,"
                            + " headers, query strings or API keys, e.g. `accessLogs: true` or `accessLogs:"
                            + " {retentionDays: 90}`. A REST API needs the account's API Gateway CloudWatch Logs role"
                            + " first (see the README)."),
            key("endpointType", choice(EndpointType.class), false, "`EDGE`", SERVICE_WIDE,
                    "Where a REST API answers: `EDGE` (through CloudFront's edge, the default), `REGIONAL` (in its"
                            + " region: needed for `apiTimeoutSeconds` above 29) or `PRIVATE` (only through the"
                            + " interface VPC endpoints in `vpcEndpointIds`, enforced by a resource policy). REST APIs"
                            + " only."),
            key("vpcEndpointIds", new Items(new Text(22, ApiGatewayEdges.VPC_ENDPOINT, "an interface VPC endpoint's"
                    + " ID such as 'vpce-0123456789abcdef0'"), 1, 20), false, "none", SERVICE_WIDE,
                    "With `endpointType: PRIVATE`, the interface VPC endpoints (for `execute-api`) the API answers"
                            + " through, e.g. `[vpce-0123456789abcdef0]`; requests through any other are denied."),
            key("cors", new Fields(
                    key("allowOrigins", new Items(new Text(300, ApiGatewayEdges.ORIGIN, "an origin such as"
                            + " 'https://app.example.com' or 'http://localhost:3000' (scheme, lowercase host, a port"
                            + " when not the default; no path, no trailing slash), or '*' for any origin"), 1, 20), true,
                            null, NESTED, "The origins whose pages may call the API, e.g. `[https://app.example.com,"
                                    + " http://localhost:3000]`, or `['*']` for any origin (never with credentials)."
                                    + " API Gateway's own errors name the first."),
                    key("allowHeaders", new Items(new Text(128, DescriptorShape.REQUEST_HEADER, "letters, digits and"
                            + " hyphens, e.g. 'X-Request-Id'"), 50), false, "none besides those the API needs", NESTED,
                            "Request headers pages may send besides those the API already needs, which are always"
                                    + " allowed: `Content-Type`, the API key's or SigV4's headers, the forwarded"
                                    + " headers."),
                    key("allowMethods", new Items(new Choice(Cors.METHODS), Cors.METHODS.size()), false,
                            "each path's own methods", NESTED, "The methods a preflight answer allows, e.g. `[GET,"
                                    + " POST]`; by default those of the path's own routes."),
                    key("maxAgeSeconds", new Whole(0, ApiGatewayEdges.MAX_PREFLIGHT_AGE_SECONDS, "seconds"), false,
                            "`" + Cors.DEFAULT_MAX_AGE_SECONDS + "`", NESTED, "How long a browser may reuse a"
                                    + " preflight answer (browsers cap it: Chrome at 7200)."),
                    key("allowCredentials", new Flag(), false, "`false`", NESTED, "Whether pages may send"
                            + " cookies or HTTP authentication with their calls, and read the answers; needs listed"
                            + " origins.")), false, "none", SERVICE_WIDE,
                    "Lets web pages of the listed origins call the API from a browser, e.g. `cors: {allowOrigins:"
                            + " [https://app.example.com]}`: preflight `OPTIONS` requests are answered by API Gateway"
                            + " without starting an execution, and every answer carries `Access-Control-Allow-Origin`:"
                            + " the caller's when it is allowed, the first listed on API Gateway's own errors. Not"
                            + " for event triggers."));

    private EdgeKeys() {
    }
}
