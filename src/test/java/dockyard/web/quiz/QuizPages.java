package dockyard.web.quiz;

import dockyard.content.quiz.ExamBlueprints;
import dockyard.content.quiz.Question;
import dockyard.content.quiz.QuestionBank;
import dockyard.content.quiz.QuestionLoader;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test helpers: the real question bank (to know the answers) and reading values out of quiz pages. */
final class QuizPages {
    static final QuestionBank BANK = QuestionLoader.loadAll(Path.of("content"), null).bank();
    static final ExamBlueprints BLUEPRINTS = ExamBlueprints.load(Path.of("content/exams.yaml"), null).blueprints();

    private QuizPages() {
    }

    static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) throw new AssertionError("no hidden field " + name + " in:\n" + html);
        return m.group(1);
    }

    /** The question on a page, found by its prompt text in the page's language. */
    static Question questionOn(String html, String lang) {
        for (Question q : BANK.all()) {
            String prompt = q.prompt().in(lang).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
            if (html.contains(">" + prompt + "<")) return q;
        }
        throw new AssertionError("no known question on the page");
    }

    /** POSTs a form; an "option" value with commas becomes one field per option. */
    static java.net.http.HttpResponse<String> send(dockyard.support.TestServer.Client c, String path, java.util.Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> {
            for (String part : "option".equals(k) ? v.split(",") : new String[]{v}) {
                if (body.length() > 0) body.append('&');
                body.append(enc(k)).append('=').append(enc(part));
            }
        });
        return c.post(path, "application/x-www-form-urlencoded", body.toString());
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String firstTopic() {
        return BANK.topics().get(0);
    }

    static void sql(Path db, String statement) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
            c.createStatement().executeUpdate(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
