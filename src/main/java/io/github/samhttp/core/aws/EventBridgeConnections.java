package io.github.samhttp.core.aws;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an EventBridge connection takes beyond its credentials: a customer managed KMS key for its secret
 * ({@code KmsKeyIdentifier}), and a VPC Lattice resource configuration that reaches a private endpoint
 * ({@code InvocationConnectivityParameters}), with what each needs from the account.
 */
public final class EventBridgeConnections {

    /** A KMS key's ARN or an alias's ARN: groups 1 to 4 are partition, region, account and "key/..." or "alias/...". */
    public static final Pattern KMS_KEY = Pattern.compile(
            "arn:(aws(?:-[a-z]+)*):kms:([a-z]{2}(?:-[a-z]+)+-[0-9]):([0-9]{12}):"
                    + "(key/(?:mrk-)?[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|key/mrk-[0-9a-f]{32}|alias/[A-Za-z0-9/_-]{1,250})");
    /** The registry's pattern of a resource configuration's ARN. */
    public static final Pattern RESOURCE_CONFIGURATION = Pattern.compile(
            "arn:[a-z0-9-]+:vpc-lattice:[a-zA-Z0-9-]+:[0-9]{12}:resourceconfiguration/rcfg-[0-9a-z]{17}");
    /** The tag a key must carry before EventBridge uses it for a connection. */
    public static final String KEY_TAG = "EventBridgeApiDestinations";
    /** What the role that deploys a connection to a private endpoint needs (besides events:CreateConnection). */
    public static final List<String> PRIVATE_ENDPOINT_ACTIONS = List.of(
            "vpc-lattice:CreateServiceNetworkResourceAssociation", "vpc-lattice:GetResourceConfiguration",
            "vpc-lattice:AssociateViaAWSService-EventsAndStates");

    private EventBridgeConnections() {
    }

    /** Whether the key is named by an alias (then IAM matches it by {@code kms:ResourceAliases}, not by ARN). */
    public static boolean alias(String kmsKey) {
        Matcher m = KMS_KEY.matcher(kmsKey);
        return m.matches() && m.group(4).startsWith("alias/");
    }

    /** Whether the key is one AWS manages ({@code alias/aws/...}): its policy and tags cannot be changed. */
    public static boolean awsManaged(String kmsKey) {
        Matcher m = KMS_KEY.matcher(kmsKey);
        return m.matches() && m.group(4).startsWith("alias/aws/");
    }

    /**
     * The statements (a JSON list) the key's policy needs for a connection's secret, as AWS documents the permissions: the account's
     * principals may describe the key, and use it through Secrets Manager for EventBridge connection secrets only,
     * while the key carries the {@value #KEY_TAG} tag. DescribeKey carries no encryption context, so it stands apart.
     */
    public static String keyPolicyStatements(String kmsKey) {
        Matcher m = KMS_KEY.matcher(kmsKey);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a KMS key ARN: " + kmsKey);
        }
        String partition = m.group(1);
        String principal = "{\"AWS\": \"arn:" + partition + ":iam::" + m.group(3) + ":root\"}";
        String tagged = "\"StringEquals\": {\"aws:ResourceTag/" + KEY_TAG + "\": \"true\"}";
        return "[{\"Sid\": \"EventBridgeConnectionKey\", \"Effect\": \"Allow\", \"Principal\": " + principal
                + ", \"Action\": \"kms:DescribeKey\", \"Resource\": \"*\", \"Condition\": {" + tagged + "}}, "
                + "{\"Sid\": \"EventBridgeConnectionSecrets\", \"Effect\": \"Allow\", \"Principal\": " + principal
                + ", \"Action\": [\"kms:GenerateDataKey\", \"kms:Decrypt\"], \"Resource\": \"*\", \"Condition\":"
                + " {\"StringLike\": {\"kms:ViaService\": \"secretsmanager.*." + dnsSuffix(partition) + "\","
                + " \"kms:EncryptionContext:SecretARN\": \"arn:" + partition
                + ":secretsmanager:*:*:secret:events!connection/*\"}, " + tagged + "}}]";
    }

    /** The DNS suffix of the partition's service endpoints. */
    static String dnsSuffix(String partition) {
        return partition.equals("aws-cn") ? "amazonaws.com.cn" : "amazonaws.com";
    }
}
