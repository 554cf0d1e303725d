package dockyard.content.exercise;

/**
 * How a goal compares its check's result with the expected value. The result is the check's standard output
 * read as JSON (what {@code --query} prints with the default {@code --output json}), or the trimmed text when
 * it is not JSON (docker's tables).
 */
public enum Comparison {
    /** The result equals the value (JSON equality; a text result compares with the value's text). */
    EQUALS("equals"),
    /** The result differs from the value. */
    NOT_EQUALS("not_equals"),
    /** A list result has an element equal to the value; a text result contains the value's text. */
    CONTAINS("contains"),
    /** The opposite of {@link #CONTAINS}. */
    NOT_CONTAINS("not_contains"),
    /** A number result is at least the value; a list result has at least that many elements. */
    AT_LEAST("at_least"),
    /** A number result is at most the value; a list result has at most that many elements. */
    AT_MOST("at_most");

    private final String key;

    Comparison(String key) {
        this.key = key;
    }

    /** The YAML key authors write. */
    public String key() {
        return key;
    }

    /** Whether the expected value must be a number. */
    public boolean numeric() {
        return this == AT_LEAST || this == AT_MOST;
    }
}
