package dockyard.web;

/**
 * A link from a lesson page to practice another feature offers (a sandbox exercise, a quiz).
 *
 * @param href     where it goes, e.g. {@code /exercises/push-an-image}
 * @param labelKey message key of the link text (both bundles)
 * @param detail   text shown after the label (an exercise title in the page's language), or ""
 */
public record LessonLink(String href, String labelKey, String detail) {
}
