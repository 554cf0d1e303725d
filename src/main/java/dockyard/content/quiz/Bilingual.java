package dockyard.content.quiz;

/** A text in Korean and English; both are required by the validator, so neither is null in a loaded bank. */
public record Bilingual(String ko, String en) {
    /** The text in {@code lang} ("ko" or "en"); Korean for anything else. */
    public String in(String lang) {
        return "en".equals(lang) ? en : ko;
    }

    /** The same as {@link #in}, under a name templates can call ({@code in} is an OGNL keyword). */
    public String get(String lang) {
        return in(lang);
    }
}
