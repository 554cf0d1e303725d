package dockyard.web;

import dockyard.learn.quiz.Attempts;
import dockyard.learn.quiz.QuizError;
import dockyard.learn.quiz.Reviews;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.HashMap;
import java.util.Map;

/** {@code /review}: the spaced-repetition session; {@code /attempts}: finished attempts reopened. */
public final class ReviewHandler {
    private final Views views;
    private final Reviews reviews;
    private final Attempts attempts;
    private final TopicTitles titles;

    public ReviewHandler(Views views, Reviews reviews, Attempts attempts, TopicTitles titles) {
        this.views = views;
        this.reviews = reviews;
        this.attempts = attempts;
        this.titles = titles;
    }

    public void session(Context ctx) {
        render(ctx, java.util.Set.of(), null);
    }

    /** The session page; {@code picked} re-ticks options and {@code error} explains why an answer was not taken. */
    private void render(Context ctx, java.util.Set<String> picked, String error) {
        long learner = Guests.learnerId(ctx);
        String lang = Languages.of(ctx);
        Map<String, Object> model = new HashMap<>();
        Reviews.Step step = reviews.next(learner, lang, picked);
        model.put("formError", error);
        model.put("step", step);
        model.put("kind", step.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
        model.put("reveal", ctx.queryParam("reveal"));
        model.put("due", reviews.dueToday(learner));
        views.render(ctx, "review/session.html", model);
    }

    public void answer(Context ctx) {
        long attempt = QuizForms.longParam(ctx.formParam("attempt"));
        int position = QuizForms.intParam(ctx.formParam("position"));
        try {
            reviews.answer(Guests.learnerId(ctx), attempt, position, QuizForms.options(ctx));
        } catch (QuizError e) {
            // a slip, not tampering: ask again on the same page, choices kept
            if (!QuizForms.isCountSlip(e)) throw e;
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, new java.util.HashSet<>(QuizForms.options(ctx)), views.text(ctx, e.messageKey(), e.args()));
            return;
        }
        ctx.redirect("/review/answered/" + attempt + "/" + position, HttpStatus.SEE_OTHER);
    }

    public void answered(Context ctx) {
        long learner = Guests.learnerId(ctx);
        String lang = Languages.of(ctx);
        var m = reviews.answered(learner, QuizForms.longParam(ctx.pathParam("attempt")), QuizForms.intParam(ctx.pathParam("n")), lang);
        views.render(ctx, "review/answered.html", Map.of("m", m, "topicTitle", titles.title(m.topic(), lang)));
    }

    public void rate(Context ctx) {
        String key = ctx.formParam("card");
        reviews.rate(Guests.learnerId(ctx), key == null ? "" : key, QuizForms.intParam(ctx.formParam("rating")));
        ctx.redirect("/review", HttpStatus.SEE_OTHER);
    }

    /** The home page's "Due today" spot. */
    public void dueFragment(Context ctx) {
        views.render(ctx, "review/due.html", Map.of("due", reviews.dueToday(Guests.learnerId(ctx))));
    }

    public void list(Context ctx) {
        views.render(ctx, "attempts/list.html", Map.of("attempts", attempts.list(Guests.learnerId(ctx))));
    }

    public void attempt(Context ctx) {
        String lang = Languages.of(ctx);
        Attempts.Detail d = attempts.detail(Guests.learnerId(ctx), QuizForms.longParam(ctx.pathParam("attempt")), lang);
        Map<String, String> topicTitles = new HashMap<>();
        d.questions().forEach(q -> topicTitles.put(q.topic(), titles.title(q.topic(), lang)));
        views.render(ctx, "attempts/detail.html", Map.of("d", d, "topicTitles", topicTitles));
    }
}
