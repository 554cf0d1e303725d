package dockyard.web;

import dockyard.content.Course;
import dockyard.content.Lesson;
import dockyard.learn.Progress;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** {@code /lessons/{id}}: the lesson in the page's language; and marking it done. */
public final class LessonHandler {
    private final Views views;
    private final Supplier<Course> course;
    private final Progress progress;
    private final List<LessonExtras> extras;

    public LessonHandler(Views views, Supplier<Course> course, Progress progress, List<LessonExtras> extras) {
        this.views = views;
        this.course = course;
        this.progress = progress;
        this.extras = List.copyOf(extras);
    }

    public void show(Context ctx) {
        Course c = course.get();
        Lesson lesson = find(c, ctx);
        long learner = Guests.learnerId(ctx);
        boolean done = progress.opened(learner, lesson.id());
        String lang = Languages.of(ctx);
        List<LessonLink> links = new ArrayList<>();
        extras.forEach(e -> links.addAll(e.linksFor(lesson.id(), lang, learner)));
        Map<String, Object> model = new HashMap<>();
        model.put("lesson", lesson);
        model.put("body", lesson.body(lang));
        model.put("part", c.part(lesson.partId()).orElseThrow());
        model.put("previous", c.previous(lesson.id()).orElse(null));
        model.put("next", c.next(lesson.id()).orElse(null));
        model.put("done", done);
        model.put("practice", links);
        model.put("highlight", true);
        views.render(ctx, "lesson.html", model);
    }

    /** {@code POST /lessons/{id}/done} with {@code done=true|false}; then back to the lesson. */
    public void mark(Context ctx) {
        Lesson lesson = find(course.get(), ctx);
        String done = ctx.formParam("done");
        if (!"true".equals(done) && !"false".equals(done)) throw new WebError(HttpStatus.BAD_REQUEST, "lesson.badDone");
        progress.mark(Guests.learnerId(ctx), lesson.id(), Boolean.parseBoolean(done));
        ctx.redirect("/lessons/" + lesson.id() + "#progress", HttpStatus.SEE_OTHER);
    }

    private static Lesson find(Course c, Context ctx) {
        return c.lesson(ctx.pathParam("id")).orElseThrow(() -> new WebError(HttpStatus.NOT_FOUND, "error.404.lesson"));
    }
}
