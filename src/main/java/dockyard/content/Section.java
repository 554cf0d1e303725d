package dockyard.content;

/**
 * The plain text of a lesson body between two headings, for search.
 *
 * @param anchor  the heading's id ({@code ""} for text before the first heading)
 * @param heading the heading text ({@code ""} before the first heading)
 * @param text    the section's plain text, diagrams' text alternatives included
 */
public record Section(String anchor, String heading, String text) {
}
