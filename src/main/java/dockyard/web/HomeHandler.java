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

    public HomeHandler(Views views, Supplier<Course> course, Progress progress) {
        this.views = views;
        this.course = course;
        this.progress = progress;
    }

    public void show(Context ctx) {
        Course c = course.get();
        views.render(ctx, "home.html", Map.of("course", c, "progress", progress.overview(Guests.learnerId(ctx), c)));
    }
}
