package dockyard.content;

/**
 * A heading of a lesson body.
 *
 * @param level 2 or 3 ({@code ##}, {@code ###}); the page title is the only level 1
 * @param id    the anchor, the same in Korean and English when both bodies have the same heading outline
 * @param text  the heading's plain text in the body's language
 */
public record Heading(int level, String id, String text) {
}
