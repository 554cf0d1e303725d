package dockyard.web;

/** A topic's (lesson's) title in a language; the lesson id when the course does not know it. */
public interface TopicTitles {
    String title(String topic, String lang);
}
