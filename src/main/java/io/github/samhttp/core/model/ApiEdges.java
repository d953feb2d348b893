package io.github.samhttp.core.model;

/**
 * What stands at the API's edges: a custom domain, a WAF web ACL, access logs, the browser origins it answers. Each
 * null or off when not asked for.
 *
 * @param domain the custom domain, or null
 * @param webAcl the regional WAFv2 web ACL's ARN, or null
 * @param accessLogDays how long the access logs are kept, or 0 for no access logs
 * @param cors which web pages may call the API from a browser, or null
 * @param endpointType where a REST API answers
 * @param vpcEndpointIds the interface VPC endpoints a PRIVATE API answers through, else empty
 */
public record ApiEdges(Domain domain, String webAcl, int accessLogDays, Cors cors, EndpointType endpointType,
        java.util.List<String> vpcEndpointIds) {

    public ApiEdges {
        vpcEndpointIds = java.util.List.copyOf(vpcEndpointIds);
    }


    public static final int DEFAULT_ACCESS_LOG_DAYS = 30;
    public static final ApiEdges NONE = new ApiEdges(null, null, 0, null, EndpointType.EDGE, java.util.List.of());

    /**
     * A custom domain.
     *
     * @param name the host name
     * @param certificate the ACM certificate's ARN
     * @param hostedZoneId the Route 53 hosted zone for its alias record, or null
     * @param basePath the base path mapping's segment, or null for the root
     */
    public record Domain(String name, String certificate, String hostedZoneId, String basePath) {
    }
}
