package dockyard.web;

import dockyard.learn.quiz.Practice;
import dockyard.learn.quiz.Progress;
import dockyard.learn.quiz.QuizError;
import dockyard.learn.quiz.Quizzes;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.List;
import java.util.Map;

/** {@code /quiz}: topics with counts and accuracy; {@code /quiz/{topic}}: practice one question at a time. */
public final class QuizHandler {
    private final Views views;
    private final Quizzes quizzes;
    private final Practice practice;
    private final Progress progress;
    private final TopicTitles titles;

    public QuizHandler(Views views, Quizzes quizzes, Practice practice, Progress progress, TopicTitles titles) {
        this.views = views;
        this.quizzes = quizzes;
        this.practice = practice;
        this.progress = progress;
        this.titles = titles;
    }

    public void index(Context ctx) {
        long learner = Guests.learnerId(ctx);
        String lang = Languages.of(ctx);
        List<Map<String, Object>> topics = progress.accuracy(learner).stream()
                .sorted(java.util.Comparator.comparing(Progress.Accuracy::topic, titles.byCourseOrder())).map(a -> Map.<String, Object>of(
                "id", a.topic(), "title", titles.title(a.topic(), lang), "count", quizzes.bank().topic(a.topic()).size(),
                "handsOn", quizzes.bank().topic(a.topic()).stream().filter(q -> q.handsOnQuestion()).count(),
                "answered", a.answered(), "right", a.right(), "percent", a.percent())).toList();
        views.render(ctx, "quiz/index.html", Map.of("topics", topics, "total", quizzes.bank().size()));
    }

    public void show(Context ctx) {
        render(ctx, java.util.Set.of(), null);
    }

    /** The practice page; {@code picked} re-ticks options and {@code error} explains why an answer was not taken. */
    private void render(Context ctx, java.util.Set<String> picked, String error) {
        long learner = Guests.learnerId(ctx);
        String lang = Languages.of(ctx);
        String topic = ctx.pathParam("topic");
        Practice.Step step = practice.current(learner, topic, lang, picked);
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("topic", topic);
        model.put("topicTitle", titles.title(topic, lang));
        model.put("step", step);
        model.put("kind", step.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
        if (step instanceof Practice.Answered a && !a.more()) model.put("done", practice.summary(learner, topic));
        model.put("formError", error);
        views.render(ctx, "quiz/practice.html", model);
    }

    public void answer(Context ctx) {
        String topic = ctx.pathParam("topic");
        try {
            practice.answer(Guests.learnerId(ctx), topic, QuizForms.longParam(ctx.formParam("attempt")),
                    QuizForms.intParam(ctx.formParam("position")), QuizForms.options(ctx));
        } catch (QuizError e) {
            // a slip, not tampering: ask again on the same page, choices kept
            if (!QuizForms.isCountSlip(e)) throw e;
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, new java.util.HashSet<>(QuizForms.options(ctx)), views.text(ctx, e.messageKey(), e.args()));
            return;
        }
        ctx.redirect("/quiz/" + topic, HttpStatus.SEE_OTHER);
    }

    public void next(Context ctx) {
        String topic = ctx.pathParam("topic");
        practice.next(Guests.learnerId(ctx), topic);
        ctx.redirect("/quiz/" + topic, HttpStatus.SEE_OTHER);
    }

    public void restart(Context ctx) {
        String topic = ctx.pathParam("topic");
        practice.restart(Guests.learnerId(ctx), topic);
        ctx.redirect("/quiz/" + topic, HttpStatus.SEE_OTHER);
    }
}
