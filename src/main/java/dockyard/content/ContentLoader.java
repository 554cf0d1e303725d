package dockyard.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads {@code content/course.yaml} and the lesson folders it names into a {@link Course}, collecting every
 * problem on the way instead of stopping at the first. A lesson with a problem in its metadata or a missing body
 * is left out of the course; smaller problems (an unsafe link, an SVG attribute) are fixed up and reported.
 */
public final class ContentLoader {
    /** What a load produced: the course (possibly partial) and the problems, in file order. */
    public record Loaded(Course course, List<ContentProblem> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    private static final Pattern FOLDER = Pattern.compile("(\\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)");
    private static final List<String> LANGS = List.of("ko", "en");

    private ContentLoader() {
    }

    /** Loads the course under {@code root} (the {@code content/} folder; a jar's folder works too). */
    public static Loaded load(Path root) {
        List<ContentProblem> problems = new ArrayList<>();
        Optional<CourseFile> file = Yaml.read(root.resolve("course.yaml"), "content/course.yaml", CourseFile.class, problems);
        if (file.isEmpty()) return new Loaded(new Course(List.of(), hash(root)), problems);
        Map<String, Path> folders = lessonFolders(root, problems);
        Set<String> listed = new HashSet<>();
        List<Part> parts = new ArrayList<>();
        List<CourseFile.PartEntry> entries = file.get().parts() == null ? List.of() : file.get().parts();
        if (entries.isEmpty()) problems.add(new ContentProblem("content/course.yaml", "no parts"));
        Set<String> partIds = new HashSet<>();
        for (CourseFile.PartEntry entry : entries) {
            if (entry.id() == null || entry.id().isBlank() || !partIds.add(entry.id())) {
                problems.add(new ContentProblem("content/course.yaml", "every part needs a unique id; found '" + entry.id() + "'"));
                continue;
            }
            if (entry.title() == null || !entry.title().complete()) {
                problems.add(new ContentProblem("content/course.yaml", "part '" + entry.id() + "' needs a title in ko and en"));
            }
            List<Lesson> lessons = new ArrayList<>();
            for (String id : entry.lessons() == null ? List.<String>of() : entry.lessons()) {
                if (!listed.add(id)) {
                    problems.add(new ContentProblem("content/course.yaml", "lesson '" + id + "' is listed twice"));
                    continue;
                }
                Path folder = folders.get(id);
                if (folder == null) {
                    problems.add(new ContentProblem("content/course.yaml", "lesson '" + id + "' has no folder content/lessons/NN-" + id));
                    continue;
                }
                loadLesson(root, folder, id, entry.id(), problems).ifPresent(lessons::add);
            }
            Localized title = entry.title() == null ? new Localized(entry.id(), entry.id()) : entry.title();
            parts.add(new Part(entry.id(), title, lessons));
        }
        folders.keySet().stream().filter(id -> !listed.contains(id)).sorted().forEach(id -> problems.add(new ContentProblem(
                shown(root, folders.get(id)), "this lesson is not listed in content/course.yaml")));
        return new Loaded(new Course(parts, hash(root)), problems);
    }

    private static Map<String, Path> lessonFolders(Path root, List<ContentProblem> problems) {
        Map<String, Path> byId = new LinkedHashMap<>();
        Path lessons = root.resolve("lessons");
        if (!Files.isDirectory(lessons)) return byId;
        try (Stream<Path> list = Files.list(lessons)) {
            for (Path dir : list.filter(Files::isDirectory).sorted().toList()) {
                String name = dir.getFileName().toString().replace("/", "");
                Matcher m = FOLDER.matcher(name);
                if (!m.matches()) {
                    problems.add(new ContentProblem(shown(root, dir), "a lesson folder is named NN-id (two digits, then the lesson id)"));
                    continue;
                }
                byId.put(m.group(2), dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byId;
    }

    private static Optional<Lesson> loadLesson(Path root, Path folder, String id, String partId, List<ContentProblem> problems) {
        String shownFolder = shown(root, folder);
        String yamlName = shownFolder + "/lesson.yaml";
        int before = problems.size();
        Optional<LessonFile> read = Yaml.read(folder.resolve("lesson.yaml"), yamlName, LessonFile.class, problems);
        if (read.isEmpty()) return Optional.empty();
        LessonFile meta = read.get();
        LessonValidation.check(meta, id, yamlName, problems);
        Map<String, String> sources = new HashMap<>();
        Map<String, String> files = new HashMap<>();
        for (String lang : LANGS) {
            files.put(lang, shownFolder + "/" + lang + ".md");
            Path md = folder.resolve(lang + ".md");
            if (!Files.isRegularFile(md)) {
                problems.add(new ContentProblem(files.get(lang), "file is missing (every lesson has ko.md and en.md)"));
                continue;
            }
            sources.put(lang, readString(md));
        }
        boolean metadataBroken = problems.size() > before;
        if (sources.size() < LANGS.size()) return Optional.empty();
        Map<String, LessonBody> bodies = LessonMarkdown.render(id, sources, files,
                (name, lang) -> {
                    Path svg = folder.resolve(name + "." + lang + ".svg");
                    return Files.isRegularFile(svg) ? Optional.of(readString(svg)) : Optional.empty();
                }, problems);
        for (String lang : LANGS) {
            LessonBody body = bodies.get(lang);
            LessonValidation.checkBody(body, lang, files.get(lang), problems);
        }
        if (metadataBroken) return Optional.empty();
        return Optional.of(new Lesson(id, meta.section(), meta.minutes(), meta.title(), meta.summary(),
                meta.keyTerms() == null ? List.of() : meta.keyTerms(), meta.docs() == null ? List.of() : meta.docs(),
                partId, bodies));
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String shown(Path root, Path file) {
        return ("content/" + root.relativize(file).toString().replace('\\', '/')).replaceAll("/+$", "");
    }

    /** SHA-256 over every file's relative path and bytes, in a stable order. */
    static String hash(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(root.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
