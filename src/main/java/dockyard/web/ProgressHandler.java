package dockyard.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dockyard.learn.quiz.Progress;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /progress}: charts of what the learner has done, and the export of their own data. */
public final class ProgressHandler {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Views views;
    private final Progress progress;
    private final TopicTitles titles;

    public ProgressHandler(Views views, Progress progress, TopicTitles titles) {
        this.views = views;
        this.progress = progress;
        this.titles = titles;
    }

    public void show(Context ctx) {
        long learner = Guests.learnerId(ctx);
        String lang = Languages.of(ctx);
        var accuracy = progress.accuracy(learner).stream()
                .sorted(java.util.Comparator.comparing(Progress.Accuracy::topic, titles.byCourseOrder())).toList();
        var mastery = progress.mastery(learner).stream()
                .sorted(java.util.Comparator.comparing(Progress.Mastery::topic, titles.byCourseOrder())).toList();
        var exams = progress.exams(learner);
        var forecast = progress.forecast(learner, 14);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("accuracy", accuracy);
        model.put("mastery", mastery);
        model.put("exams", exams);
        model.put("forecast", forecast);
        model.put("accuracyChart", SvgCharts.bars(accuracy.stream().map(a -> new SvgCharts.Bar(titles.title(a.topic(), lang),
                a.percent(), a.answered() == 0 ? views.text(ctx, "progress.none") : a.percent() + "% (" + a.right() + "/" + a.answered() + ")")).toList(),
                views.text(ctx, "progress.accuracy")));
        model.put("masteryChart", SvgCharts.bars(mastery.stream().map(m -> new SvgCharts.Bar(titles.title(m.topic(), lang),
                m.percent(), m.percent() + "%")).toList(), views.text(ctx, "progress.mastery")));
        model.put("examChart", SvgCharts.scores(exams.stream().map(Progress.ExamScore::score).toList(),
                views.text(ctx, "progress.exams")));
        model.put("forecastChart", SvgCharts.columns(forecast.stream().map(Progress.Forecast::count).toList(),
                views.text(ctx, "progress.forecast")));
        views.render(ctx, "progress/index.html", model);
    }

    public void exportJson(Context ctx) throws Exception {
        long learner = Guests.learnerId(ctx);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("attempts", progress.attempts(learner));
        data.put("answers", progress.answers(learner));
        data.put("cards", progress.cards(learner));
        ctx.header("Content-Disposition", "attachment; filename=\"dockyard-progress.json\"");
        ctx.contentType("application/json; charset=utf-8").result(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(data));
    }

    public void exportCsv(Context ctx) {
        long learner = Guests.learnerId(ctx);
        StringBuilder csv = new StringBuilder("attempt_id,mode,exam,topic,position,question_id,chosen,correct,time_ms,shown_at,answered_at\r\n");
        for (Progress.AnswerRecord a : progress.answers(learner)) {
            csv.append(String.join(",", List.of(String.valueOf(a.attemptId()), cell(a.mode()), cell(a.exam()), cell(a.topic()),
                    String.valueOf(a.position()), cell(a.questionId()), cell(a.chosen()),
                    a.correct() == null ? "" : a.correct().toString(), a.timeMs() == null ? "" : a.timeMs().toString(),
                    String.valueOf(a.shownAt()), a.answeredAt() == null ? "" : a.answeredAt().toString()))).append("\r\n");
        }
        ctx.header("Content-Disposition", "attachment; filename=\"dockyard-answers.csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(csv.toString());
    }

    /** RFC 4180 quoting, and a leading quote against spreadsheet formula injection. */
    static String cell(String v) {
        if (v == null) return "";
        String s = v;
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) s = "\"" + s.replace("\"", "\"\"") + "\"";
        return s;
    }
}
