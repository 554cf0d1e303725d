package dockyard.web;

import dockyard.content.Course;
import dockyard.learn.Progress;
import io.javalin.http.Context;

import java.util.Map;
import java.util.function.Supplier;

/** The course map at {@code /}: parts and lessons, progress, and where to continue. */
public final class HomeHandler {
    private final Views views;
    private final Supplier<Course> course;
    private final Progress progress;
    private final java.util.function.LongFunction<Integer> dueToday;

    private final LessonExtras lessonExtras;

    /**
     * @param dueToday     the learner's review cards due today (the quiz slice's "Due today" spot)
     * @param lessonExtras links shown under each lesson on the map (the lesson's exercises, solved or not)
     */
    public HomeHandler(Views views, Supplier<Course> course, Progress progress, java.util.function.LongFunction<Integer> dueToday,
                       LessonExtras lessonExtras) {
        this.views = views;
        this.course = course;
        this.progress = progress;
        this.dueToday = dueToday;
        this.lessonExtras = lessonExtras;
    }

    public void show(Context ctx) {
        Course c = course.get();
        long learner = Guests.learnerId(ctx);
        String lang = Languages.of(ctx);
        Map<String, java.util.List<LessonLink>> extras = new java.util.HashMap<>();
        c.lessons().forEach(l -> extras.put(l.id(), lessonExtras.linksFor(l.id(), lang, learner)));
        views.render(ctx, "home.html", Map.of("course", c, "progress", progress.overview(learner, c), "due", dueToday.apply(learner),
                "extras", extras));
    }
}
