package io.github.samhttp.core.local;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a local run finds the values that CloudFormation would resolve at deploy time. Never the descriptor, never
 * AWS: Maven {@code settings.xml} servers or environment variables, looked up by the reference as the descriptor
 * writes it ({@code ssm:/twilio_secret}, {@code secretsmanager:stripe:SecretString:key}).
 */
public interface Secrets {

    Optional<String> lookup(String reference);

    /** The environment variable for a reference: {@code ssm:/twilio_secret} is {@code SAMHTTP_SSM_TWILIO_SECRET}. */
    static String environmentVariable(String reference) {
        return "SAMHTTP_" + reference.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
    }

    /** Looks in {@code servers} (server id to password) first, then in {@code environment}. */
    static Secrets of(Map<String, String> servers, Map<String, String> environment) {
        return reference -> {
            String value = servers.get(reference);
            return Optional.ofNullable(value != null ? value : environment.get(environmentVariable(reference)));
        };
    }

    /**
     * These secrets, with a reference that has no local value standing for itself as the environment variable that
     * would give it ({@code SAMHTTP_SSM_TWILIO_SECRET}): a dry run shows the request without every value set.
     */
    default Secrets orPlaceholders() {
        return reference -> lookup(reference).or(() -> Optional.of(environmentVariable(reference)));
    }
}
