package dockyard.web;

import dockyard.content.quiz.ExamBlueprints;
import dockyard.content.quiz.QuestionLoader;
import dockyard.learn.fsrs.Fsrs;
import dockyard.learn.quiz.Attempts;
import dockyard.learn.quiz.Cards;
import dockyard.learn.quiz.Exams;
import dockyard.learn.quiz.HandsOnAnswers;
import dockyard.learn.quiz.KeyTerms;
import dockyard.learn.quiz.Practice;
import dockyard.learn.quiz.Progress;
import dockyard.learn.quiz.QuizError;
import dockyard.learn.quiz.Quizzes;
import dockyard.learn.quiz.Reviews;
import dockyard.learn.sandbox.Sandboxes;
import dockyard.store.CardStore;
import dockyard.store.Database;
import dockyard.store.QuizStore;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;

/** Builds the quiz slice's services and handlers from the content and the database. */
final class QuizWiring {
    record Parts(QuizHandler quiz, ExamHandler exam, ReviewHandler review, ProgressHandler progress,
                 LessonExtras lessonLinks, java.util.function.LongFunction<Integer> dueToday,
                 HandsOnHandler handsOn, SandboxExtras handsOnPart) {
    }

    private QuizWiring() {
    }

    /** @param content the content folder being served (on disk or in the jar), or null for none */
    static Quizzes load(Path content) {
        QuestionLoader.Result bank = QuestionLoader.loadAll(content, null);
        ExamBlueprints.Result blueprints = ExamBlueprints.load(content == null ? null : content.resolve("exams.yaml"), null);
        var log = LoggerFactory.getLogger(QuizWiring.class);
        bank.problems().forEach(p -> log.warn("quiz content: {}", p));
        blueprints.problems().forEach(p -> log.warn("quiz content: {}", p));
        return new Quizzes(bank.bank(), blueprints.blueprints());
    }

    static Parts build(Path content, Database db, Views views, Clock clock, TopicTitles titles, KeyTerms terms,
                       java.util.function.LongFunction<java.util.Collection<String>> lessonsOpened, Sandboxes sandboxes) {
        Quizzes quizzes = load(content);
        QuizStore store = new QuizStore(db);
        CardStore cardStore = new CardStore(db);
        Cards cards = new Cards(cardStore, new Fsrs());
        Progress progress = new Progress(quizzes, store, cardStore, cards, clock);
        Practice practice = new Practice(quizzes, store, cards, clock);
        Exams exams = new Exams(quizzes, store, cards, clock);
        Attempts attempts = new Attempts(quizzes, store);
        Reviews reviews = new Reviews(quizzes, store, cardStore, cards, terms, lessonsOpened, clock);
        HandsOnAnswers handsOn = new HandsOnAnswers(quizzes, store, cards, sandboxes, clock);
        return new Parts(new QuizHandler(views, quizzes, practice, progress, titles),
                new ExamHandler(views, quizzes, exams, progress, titles),
                new ReviewHandler(views, reviews, attempts, titles),
                new ProgressHandler(views, progress, titles),
                (lessonId, lang) -> quizzes.bank().topic(lessonId).isEmpty() ? java.util.List.of()
                        : java.util.List.of(new LessonLink("/quiz/" + lessonId, "quiz.lessonLink", "")),
                reviews::dueToday,
                new HandsOnHandler(handsOn), new HandsOnPart(handsOn, titles));
    }

    /** A refused quiz request as a page in the learner's language. */
    static void refuse(QuizError e, Context ctx, Errors errors) {
        HttpStatus status = switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case BAD_INPUT -> HttpStatus.BAD_REQUEST;
        };
        errors.webError(new WebError(status, e.messageKey(), e.args()), ctx);
    }
}
