package io.github.samhttp.core.validate;

import io.github.samhttp.core.shape.DescriptorShape;
import io.github.samhttp.core.shape.Key;
import io.github.samhttp.core.shape.Key.Place;
import io.github.samhttp.core.shape.Shape.Fields;
import java.util.Optional;

/** What to say of a key the descriptor declares, written where it does not belong (a service setting per integration). */
final class Placement {

    private Placement() {
    }

    /** The problem and fix for {@code name} under {@code shape}, or null when the key is unknown everywhere. */
    static String[] misplaced(Fields shape, String name) {
        Place here = shape == DescriptorShape.SINGLE_FORM ? Place.SINGLE : shape == DescriptorShape.SERVICE_FORM
                ? Place.SERVICE : shape == DescriptorShape.INTEGRATION ? Place.INTEGRATION : null;
        Optional<Key> declared = DescriptorShape.readmeOrder().stream().filter(k -> k.name().equals(name)).findFirst();
        if (here != null && declared.isEmpty() && ofConnection(name)) {
            // One wording wherever it stands: an integration of a service is checked again as a descriptor of one.
            return new String[] {"'" + name + "' is a setting of the connection", "move it under 'auth:' (with"
                    + " 'integrations:', under the connection it uses in 'connections:')"};
        }
        if (here == null || declared.isEmpty()) {
            return null;
        }
        Key key = declared.get();
        if (here == Place.SERVICE && key.allowedAt(Place.INTEGRATION)) {
            return new String[] {"with 'integrations', this belongs to an integration",
                "move it under 'defaults:' (for every integration) or under one integration"};
        }
        if (here == Place.INTEGRATION) {
            if (name.equals("name")) {
                return new String[] {"an integration is named by its key", "remove it"};
            }
            return new String[] {"'" + name + "' is a setting of the whole service (one API, one stack)",
                "set it once at the top of the descriptor" + (key.allowedAt(Place.SERVICE) ? ""
                        : "; with several integrations it cannot be set: write this integration in a descriptor of"
                        + " its own")};
        }
        if (here == Place.SINGLE) {
            return new String[] {"only a descriptor with 'integrations:' has '" + name + "'", name.equals("connection")
                    ? "write the connection inline as 'auth:'" : "add 'integrations:' (see the README), or remove it"};
        }
        return null;
    }

    /** Whether {@code name} is a key of a connection (other than its type): written beside 'auth', not in it. */
    private static boolean ofConnection(String name) {
        for (Fields variant : DescriptorShape.auth().variants().values()) {
            if (!name.equals("type") && variant.key(name).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
