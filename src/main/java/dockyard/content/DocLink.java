package dockyard.content;

/** A documentation page (AWS or Docker) a lesson points to; {@code url} is always https. */
public record DocLink(Localized title, String url) {
}
