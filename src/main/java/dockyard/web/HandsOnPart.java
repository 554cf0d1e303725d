package dockyard.web;

import dockyard.learn.quiz.Asked;
import dockyard.learn.quiz.HandsOnAnswers;
import dockyard.learn.sandbox.Sandbox;
import io.javalin.http.Context;

import java.util.HashMap;
import java.util.Map;

/**
 * A hands-on question's part of its sandbox page: the task, what must hold when the learner submits, and the
 * answer form (or, once answered, the way to the result). Nothing in it says whether the checks hold now: deciding
 * when the work is done is part of the question. A shared copy shows the task alone.
 */
final class HandsOnPart implements SandboxExtras {
    private final HandsOnAnswers answers;
    private final TopicTitles titles;

    HandsOnPart(HandsOnAnswers answers, TopicTitles titles) {
        this.answers = answers;
        this.titles = titles;
    }

    @Override
    public Part partFor(Context ctx, Sandbox sandbox) {
        return answers.placeOf(sandbox).map(p -> {
            String lang = Languages.of(ctx);
            Map<String, Object> m = new HashMap<>();
            m.put("hq", Asked.forPage(p.question(), lang));
            m.put("hqAttempt", p.attempt().id());
            m.put("hqPosition", p.row().position());
            m.put("hqAnswered", p.answered());
            m.put("hqOwner", sandbox.ownerId() == Guests.learnerId(ctx));
            m.put("hqBack", HandsOnHandler.backTo(p));
            m.put("hqTopicTitle", titles.title(p.question().topic(), lang));
            return new Part("quiz/hands-on :: panel", m);
        }).orElse(null);
    }
}
