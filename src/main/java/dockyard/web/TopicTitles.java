package dockyard.web;

/** A topic's (lesson's) title in a language, and its place in the course, for the quiz pages. */
public interface TopicTitles {
    /** The lesson's title; the lesson id when the course does not know it. */
    String title(String topic, String lang);

    /** The lesson's place in reading order; unknown topics sort last. */
    int order(String topic);

    default java.util.Comparator<String> byCourseOrder() {
        return java.util.Comparator.comparingInt(this::order);
    }
}
