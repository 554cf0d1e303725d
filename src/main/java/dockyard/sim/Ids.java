package dockyard.sim;

import java.util.SplittableRandom;

/** AWS-looking identifiers drawn from the kernel's seeded random source, so they replay identically. */
public final class Ids {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private final SplittableRandom random;

    public Ids(Kernel kernel) {
        this.random = kernel.random();
    }

    /** {@code n} lowercase hex digits. */
    public String hex(int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) c[i] = HEX[random.nextInt(16)];
        return new String(c);
    }

    /** A prefixed resource id such as {@code i-0abc...} (17 hex digits), {@code eni-...}, {@code subnet-...}. */
    public String resource(String prefix) {
        return prefix + "-0" + hex(16);
    }

    /** A UUID-shaped string (8-4-4-4-12), as in request ids and some ARNs. */
    public String uuid() {
        return hex(8) + "-" + hex(4) + "-4" + hex(3) + "-" + HEX[8 + random.nextInt(4)] + hex(3) + "-" + hex(12);
    }

    /** The 32-hex-digit task id ECS uses in task ARNs. */
    public String taskId() {
        return hex(32);
    }

    /** {@code n} characters of uppercase letters and digits, as in IAM unique ids ({@code AROA...}). */
    public String upperAlnum(int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) c[i] = UPPER_ALNUM[random.nextInt(UPPER_ALNUM.length)];
        return new String(c);
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
