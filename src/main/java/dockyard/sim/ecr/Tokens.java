package dockyard.sim.ecr;

import dockyard.sim.Ids;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Registry passwords issued by GetAuthorizationToken: valid for 12 hours, for one registry (the account's
 * registry in one region, or {@code public.ecr.aws}). ECR user guide, "Private registry authentication".
 */
final class Tokens {
    static final long VALIDITY_MILLIS = 12 * 3600 * 1000L;

    /** What a password is good for: a registry host until a simulated time (ms since epoch). */
    record Grant(String host, long expiresAt) {
    }

    private final Map<String, Grant> grants = new HashMap<>();
    private final Ids ids;

    Tokens(Ids ids) {
        this.ids = ids;
    }

    /** A new password for {@code host}, valid for 12 hours from {@code now}. */
    String issue(String host, long now, long expiresEpochSeconds) {
        String payload = "{\"payload\":\"" + Base64.getEncoder().encodeToString(ids.hex(96).getBytes(StandardCharsets.UTF_8))
                + "\",\"datakey\":\"" + Base64.getEncoder().encodeToString(ids.hex(48).getBytes(StandardCharsets.UTF_8))
                + "\",\"version\":\"2\",\"type\":\"DATA_KEY\",\"expiration\":" + expiresEpochSeconds + "}";
        String password = Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        grants.put(password, new Grant(host, now + VALIDITY_MILLIS));
        return password;
    }

    /** The grant of a password, or null. */
    Grant grant(String password) {
        return grants.get(password);
    }

    /** {@code authorizationToken}: base64 of {@code AWS:<password>}. */
    static String authorizationToken(String password) {
        return Base64.getEncoder().encodeToString(("AWS:" + password).getBytes(StandardCharsets.UTF_8));
    }
}
