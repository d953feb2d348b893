package io.github.samhttp.core.shape;

import java.util.EnumSet;
import java.util.Set;

/**
 * One key of the descriptor.
 *
 * @param name the key as written
 * @param shape what its value may be
 * @param required whether it must be written (in the variant or mapping that declares it)
 * @param defaultValue what applies when it is not written, as the README shows it; null for none
 * @param places where it may stand (only for the keys at the top of a descriptor or an integration)
 * @param description one line for people: the README's reference and an editor's hover text
 */
public record Key(String name, Shape shape, boolean required, String defaultValue, Set<Place> places,
        String description) {

    /** Where a top-level key may be written. */
    public enum Place {
        /** The top of a descriptor of one integration (the five-line form). */
        SINGLE,
        /** The top of a descriptor with {@code integrations:}. */
        SERVICE,
        /** Under {@code integrations.<name>} and {@code defaults}. */
        INTEGRATION
    }

    public Key {
        places = places.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(places));
    }

    public boolean allowedAt(Place place) {
        return places.contains(place);
    }
}
