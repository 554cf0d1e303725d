package dockyard.web;

import dockyard.Config;
import dockyard.content.ContentRoots;
import dockyard.content.LiveCourse;
import dockyard.content.exercise.ExerciseLoader;
import dockyard.content.exercise.Exercises;
import dockyard.learn.Learners;
import dockyard.learn.exercises.ExerciseProgress;
import dockyard.store.ExerciseRepository;
import dockyard.learn.Progress;
import dockyard.learn.SiteSearch;
import dockyard.store.Database;
import dockyard.store.LearnerRepository;
import dockyard.store.ProgressRepository;
import dockyard.store.SearchRepository;
import dockyard.learn.sandbox.RateLimit;
import dockyard.learn.sandbox.SandboxError;
import dockyard.learn.sandbox.Sandboxes;
import dockyard.store.SandboxRepository;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/** Builds the Javalin server: renderer, static files, filters, error pages and the routes. */
public final class WebServer {
    private static final Logger log = LoggerFactory.getLogger("dockyard.http");
    private static final String STARTED = "dockyard.started";

    private WebServer() {
    }

    public static Javalin create(Config config, Database db) {
        Clock clock = Clock.systemUTC();
        Path templatesOnDisk = config.dev() ? config.root().resolve("src/main/resources/templates") : null;
        Path messagesOnDisk = config.dev() ? config.root().resolve("src/main/resources/i18n") : null;
        Messages bundled = Messages.load(messagesOnDisk);
        Supplier<Messages> messages = config.dev() ? () -> Messages.load(messagesOnDisk) : () -> bundled;

        Views views = new Views(messages);
        Errors errors = new Errors(views);
        Guests guests = new Guests(new Learners(new LearnerRepository(db), clock));
        // --- platform: the course, progress and search ---
        SiteSearch search = new SiteSearch(new SearchRepository(db), clock);
        Path contentRoot = config.contentOnDisk() != null ? config.contentOnDisk() : ContentRoots.bundled().orElse(null);
        LiveCourse course = LiveCourse.open(contentRoot, config.dev(), loaded -> {
            if (search.index(loaded)) log.info("search index rebuilt for content {}", loaded.hash());
        });
        Progress progress = new Progress(new ProgressRepository(db), clock);
        // --- sandbox (hands-on questions and exercises run in it) ---
        Sandboxes sandboxes = new Sandboxes(new SandboxRepository(db), 200, new RateLimit(20, 10_000, clock), clock);
        // --- quiz: lesson titles and key terms come from the loaded course ---
        CourseTopics topics = new CourseTopics(course);
        QuizWiring.Parts quiz = QuizWiring.build(contentRoot, db, views, clock, topics, topics,
                learner -> progress.overview(learner, course.get()).done(), sandboxes);
        // --- exercises: loaded once from content/exercises; progress in SQLite ---
        Exercises exercises = contentRoot == null ? Exercises.empty()
                : ExerciseLoader.load(contentRoot.resolve("exercises"),
                        course.get().lessons().stream().map(l -> l.id()).collect(java.util.stream.Collectors.toSet())).exercises();
        ExerciseProgress exerciseProgress = new ExerciseProgress(new ExerciseRepository(db), clock);
        ExerciseLinks exerciseLinks = new ExerciseLinks(exercises, exerciseProgress, messages);
        List<LessonExtras> lessonExtras = List.of(exerciseLinks, quiz.lessonLinks());
        // --- exercises: their part of the sandbox page ---
        ExercisePart exercisePart = new ExercisePart(exercises, exerciseProgress, sandboxes, messages, course);
        SandboxHandler sandbox = new SandboxHandler(views, sandboxes, List.of(exercisePart, quiz.handsOnPart()));
        Handlers handlers = new Handlers(new HealthHandler(db),
                new HomeHandler(views, course, progress, quiz.dueToday(), exerciseLinks),
                new LessonHandler(views, course, progress, lessonExtras),
                new SearchHandler(views, search),
                quiz.quiz(), quiz.exam(), quiz.review(), quiz.progress(),
                sandbox,
                new ExerciseHandler(views, course, exercises, exerciseProgress, messages, sandboxes, sandbox, exercisePart),
                quiz.handsOn());

        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.events.serverStopped(db::close);
            cfg.fileRenderer(new ThymeleafRenderer(templatesOnDisk, messages));
            if (config.dev()) {
                cfg.staticFiles.add(sf -> {
                    sf.hostedPath = "/static";
                    sf.directory = config.root().resolve("static").toString();
                    sf.location = Location.EXTERNAL;
                });
            } else {
                cfg.staticFiles.add(sf -> {
                    sf.hostedPath = "/static";
                    sf.directory = "/static";
                    sf.location = Location.CLASSPATH;
                    sf.headers = java.util.Map.of("Cache-Control", "public, max-age=3600");
                });
            }
            cfg.staticFiles.enableWebjars();
            cfg.requestLogger.http((ctx, ms) -> log.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.status().getCode(), millis((long) (ms * 1e6))));

            cfg.routes.before(ctx -> {
                ctx.attribute(STARTED, System.nanoTime());
                SecurityHeaders.apply(ctx);
                Languages.resolve(ctx);
            });
            cfg.routes.before(SameOrigin::check);
            cfg.routes.before(ctx -> {
                if (!isAsset(ctx.path())) guests.identify(ctx);
            });
            cfg.routes.after(WebServer::serverTiming);
            cfg.routes.exception(WebError.class, errors::webError);
            cfg.routes.exception(dockyard.learn.quiz.QuizError.class, (e, ctx) -> QuizWiring.refuse(e, ctx, errors));
            cfg.routes.exception(SandboxError.class, (e, ctx) -> SandboxHandler.refuse(e, ctx, errors));
            cfg.routes.exception(Exception.class, errors::unexpected);
            cfg.routes.error(404, errors::notFound);
            Routes.register(cfg.routes, handlers);
        });
    }

    /** Server time of the request so far, for the browser's devtools and for load scripts. */
    private static void serverTiming(io.javalin.http.Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started == null) return;
        ctx.header("Server-Timing", "app;dur=" + millis(System.nanoTime() - started));
    }

    /** Milliseconds with three decimals, as {@code %.3f} but without a Formatter (this runs on every request). */
    static String millis(long nanos) {
        long micros = Math.max(0, nanos) / 1000;
        long frac = micros % 1000;
        return (micros / 1000) + (frac < 10 ? ".00" : frac < 100 ? ".0" : ".") + frac;
    }

    private static boolean isAsset(String path) {
        return path.startsWith("/static/") || path.startsWith("/webjars/") || path.equals("/healthz") || path.equals("/favicon.ico");
    }
}
