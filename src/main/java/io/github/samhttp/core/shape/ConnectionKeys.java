package io.github.samhttp.core.shape;

import static io.github.samhttp.core.shape.DescriptorShape.key;

import io.github.samhttp.core.aws.EventBridgeConnections;
import io.github.samhttp.core.shape.Key.Place;
import io.github.samhttp.core.shape.Shape.Fields;
import io.github.samhttp.core.shape.Shape.Text;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a connection takes besides its credentials, in every auth type: the key its secret is encrypted with and the
 * private endpoint it reaches. Part of {@link DescriptorShape}'s declaration of {@code auth}.
 */
final class ConnectionKeys {

    private static final Set<Place> NESTED = EnumSet.noneOf(Place.class);

    static final Key KMS_KEY = key("kmsKey", new Text(2048, EventBridgeConnections.KMS_KEY, "a KMS key's ARN or an"
            + " alias's ARN, e.g. 'arn:aws:kms:eu-west-1:123456789012:alias/connections'"), false, "an AWS owned key",
            NESTED, "A customer managed KMS key (ARN, or alias ARN) that encrypts the connection's secret, e.g."
                    + " `arn:aws:kms:eu-west-1:123456789012:alias/connections`. The execution role may decrypt it"
                    + " only through Secrets Manager for this connection's secret; the key must carry the tag"
                    + " `EventBridgeApiDestinations: true` and its policy a statement the build prints as a warning.");

    static final Key PRIVATE_ENDPOINT = key("privateEndpoint", new Fields(
            key("resourceConfiguration", new Text(2048, EventBridgeConnections.RESOURCE_CONFIGURATION, "a VPC Lattice"
                    + " resource configuration's ARN such as"
                    + " 'arn:aws:vpc-lattice:eu-west-1:123456789012:resourceconfiguration/rcfg-0123456789abcdef0'"),
                    true, null, NESTED, "The VPC Lattice resource configuration of the private API.")), false, "none",
            NESTED, "Reach an endpoint inside a VPC or on premises through VPC Lattice, e.g. `privateEndpoint:"
                    + " {resourceConfiguration: arn:aws:vpc-lattice:eu-west-1:123456789012:resourceconfiguration/"
                    + "rcfg-0123456789abcdef0}`. The endpoint stays `https://`, with a publicly trusted certificate"
                    + " (no mutual TLS).");

    private ConnectionKeys() {
    }
}
