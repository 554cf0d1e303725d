package dockyard.sim.iam;

/**
 * IAM's wildcard matching: {@code *} matches any run of characters (including {@code /} and {@code :}),
 * {@code ?} exactly one. Actions match case-insensitively, resources case-sensitively
 * (IAM User Guide, reference_policies_elements_action / _resource).
 */
public final class Wildcards {
    private Wildcards() {
    }

    public static boolean matches(String pattern, String value, boolean ignoreCase) {
        if (ignoreCase) {
            pattern = pattern.toLowerCase(java.util.Locale.ROOT);
            value = value.toLowerCase(java.util.Locale.ROOT);
        }
        int p = 0, v = 0, star = -1, mark = 0;
        while (v < value.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == value.charAt(v))) {
                p++;
                v++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                mark = v;
            } else if (star >= 0) {
                p = star + 1;
                v = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') p++;
        return p == pattern.length();
    }
}
