package dockyard.web;

import dockyard.learn.quiz.Exams;
import dockyard.learn.quiz.Progress;
import dockyard.learn.quiz.Quizzes;
import dockyard.learn.quiz.Scoring;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.HashMap;
import java.util.Map;

/** {@code /exam}: choose and start a mock exam, sit it question by question, review, submit, see the result. */
public final class ExamHandler {
    private final Views views;
    private final Quizzes quizzes;
    private final Exams exams;
    private final Progress progress;
    private final TopicTitles titles;

    public ExamHandler(Views views, Quizzes quizzes, Exams exams, Progress progress, TopicTitles titles) {
        this.views = views;
        this.quizzes = quizzes;
        this.exams = exams;
        this.progress = progress;
        this.titles = titles;
    }

    public void index(Context ctx) {
        long learner = Guests.learnerId(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("exams", quizzes.blueprints().all());
        model.put("lengths", Exams.LENGTHS);
        model.put("inProgress", exams.inProgress(learner).orElse(null));
        model.put("history", progress.exams(learner));
        model.put("pass", Scoring.PASS);
        model.put("cutPercent", (int) Math.round(Scoring.CUT * 100));
        views.render(ctx, "exam/index.html", model);
    }

    public void start(Context ctx) {
        String exam = ctx.formParam("exam");
        int length = QuizForms.intParam(ctx.formParam("length"));
        long id = exams.start(Guests.learnerId(ctx), exam == null ? "" : exam, length);
        ctx.redirect("/exam/" + id + "/q/1", HttpStatus.SEE_OTHER);
    }

    public void question(Context ctx) {
        long learner = Guests.learnerId(ctx);
        long id = QuizForms.longParam(ctx.pathParam("attempt"));
        int position = QuizForms.intParam(ctx.pathParam("n"));
        if (finishedGoesToResult(ctx, learner, id)) return;
        Exams.Sitting s = exams.sitting(learner, id, position, Languages.of(ctx));
        views.render(ctx, "exam/question.html", Map.of("s", s, "topicTitle", titles.title(s.question().topic(), Languages.of(ctx))));
    }

    public void save(Context ctx) {
        long learner = Guests.learnerId(ctx);
        long id = QuizForms.longParam(ctx.pathParam("attempt"));
        int position = QuizForms.intParam(ctx.pathParam("n"));
        exams.save(learner, id, position, QuizForms.options(ctx), "on".equals(ctx.formParam("flag")));
        String go = String.valueOf(ctx.formParam("go"));
        Exams.Overview o = exams.overview(learner, id);
        int total = o.slots().size();
        String target = switch (go) {
            case "prev" -> "/exam/" + id + "/q/" + Math.max(1, position - 1);
            case "next" -> position < total ? "/exam/" + id + "/q/" + (position + 1) : "/exam/" + id + "/review";
            default -> "/exam/" + id + "/review";
        };
        ctx.redirect(target, HttpStatus.SEE_OTHER);
    }

    public void review(Context ctx) {
        long learner = Guests.learnerId(ctx);
        long id = QuizForms.longParam(ctx.pathParam("attempt"));
        if (finishedGoesToResult(ctx, learner, id)) return;
        views.render(ctx, "exam/review.html", Map.of("o", exams.overview(learner, id)));
    }

    public void submit(Context ctx) {
        long id = QuizForms.longParam(ctx.pathParam("attempt"));
        exams.submit(Guests.learnerId(ctx), id);
        ctx.redirect("/exam/" + id + "/result", HttpStatus.SEE_OTHER);
    }

    public void result(Context ctx) {
        long id = QuizForms.longParam(ctx.pathParam("attempt"));
        String lang = Languages.of(ctx);
        Exams.Result r = exams.result(Guests.learnerId(ctx), id, lang);
        Map<String, String> topicTitles = new HashMap<>();
        r.topics().forEach(t -> topicTitles.put(t.id(), titles.title(t.id(), lang)));
        views.render(ctx, "exam/result.html", Map.of("r", r, "topicTitles", topicTitles, "pass", Scoring.PASS,
                "cutPercent", (int) Math.round(Scoring.CUT * 100)));
    }

    /** An exam whose time ran out (or that was submitted) goes to its result instead of its questions. */
    private boolean finishedGoesToResult(Context ctx, long learner, long id) {
        var open = exams.inProgress(learner);
        if (open.isPresent() && open.get().id() == id) return false;
        try {
            exams.result(learner, id, Languages.of(ctx));
        } catch (RuntimeException notMine) {
            return false; // the sitting call reports the precise refusal
        }
        ctx.redirect("/exam/" + id + "/result", HttpStatus.SEE_OTHER);
        return true;
    }
}
