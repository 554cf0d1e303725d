package dockyard.learn;

import dockyard.store.LearnerRepository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Guest learners: the first visit gets a random 256-bit token (kept by the browser); we store only its
 * SHA-256, so a stolen database does not let anyone act as a learner.
 */
public final class Learners {
    /** A learner and, when it was just created, the token to hand to the browser. */
    public record Identity(long id, String newToken) {
    }

    private final LearnerRepository repository;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Learners(LearnerRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The learner the token belongs to, or a new guest when the token is missing or unknown. */
    public Identity identify(String token) {
        if (token != null && token.length() == 43) {
            Optional<Long> id = repository.findByTokenHash(hash(token));
            if (id.isPresent()) return new Identity(id.get(), null);
        }
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        long id = repository.create(hash(fresh), clock.millis());
        return new Identity(id, fresh);
    }

    /** Looks a token up without creating anyone. */
    public Optional<Long> find(String token) {
        if (token == null || token.length() != 43) return Optional.empty();
        return repository.findByTokenHash(hash(token));
    }

    static String hash(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
