package dockyard.sim.docker;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Content addressing: {@code sha256:<64 hex>} digests of text, as Docker names layers, images and manifests. */
public final class Digests {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Digests() {
    }

    /** {@code sha256:} followed by the 64 hex digits of the SHA-256 of {@code text}'s UTF-8 bytes. */
    public static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            char[] c = new char[64];
            for (int i = 0; i < 32; i++) {
                c[2 * i] = HEX[(d[i] >> 4) & 15];
                c[2 * i + 1] = HEX[d[i] & 15];
            }
            return "sha256:" + new String(c);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The 12-hex-digit short form Docker prints ({@code docker images}, pull progress). */
    public static String shortId(String digest) {
        String hex = digest.startsWith("sha256:") ? digest.substring(7) : digest;
        return hex.substring(0, Math.min(12, hex.length()));
    }

    /** The hex part of a digest. */
    public static String hex(String digest) {
        return digest.startsWith("sha256:") ? digest.substring(7) : digest;
    }
}
