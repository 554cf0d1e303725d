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

    private Ids(SplittableRandom random) {
        this.random = random;
    }

    /**
     * An independent id source derived from the seed and a label, for things that must not depend on when they
     * are first needed (a region's default VPC, subnets, security group): same seed and label, same ids.
     */
    public static Ids derived(long seed, String label) {
        long h = seed * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < label.length(); i++) h = (h ^ label.charAt(i)) * 0x100000001B3L;
        return new Ids(new SplittableRandom(h));
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
