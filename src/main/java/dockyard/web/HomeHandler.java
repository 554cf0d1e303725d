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

    /** @param dueToday the learner's review cards due today (the quiz slice's "Due today" spot) */
    public HomeHandler(Views views, Supplier<Course> course, Progress progress, java.util.function.LongFunction<Integer> dueToday) {
        this.views = views;
        this.course = course;
        this.progress = progress;
        this.dueToday = dueToday;
    }

    public void show(Context ctx) {
        Course c = course.get();
        long learner = Guests.learnerId(ctx);
        views.render(ctx, "home.html", Map.of("course", c, "progress", progress.overview(learner, c), "due", dueToday.apply(learner)));
    }
}
