package dockyard.content;

/**
 * A text in both course languages, as authors write it in YAML: {@code {ko: "…", en: "…"}}.
 *
 * @param ko the Korean text
 * @param en the English text
 */
public record Localized(String ko, String en) {

    /** The text in {@code lang} ("ko" or "en"); any other value reads Korean, the site's fallback. */
    public String text(String lang) {
        return "en".equals(lang) ? en : ko;
    }

    /** True when both languages have non-blank text. */
    public boolean complete() {
        return ko != null && !ko.isBlank() && en != null && !en.isBlank();
    }
}
