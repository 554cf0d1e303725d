package dockyard.content;

import java.nio.file.Path;

/** The lessons section of {@code check-content}: {@code course.yaml} and every lesson folder. */
public final class LessonsSection implements ContentSection {
    @Override
    public String name() {
        return "lessons";
    }

    @Override
    public Result check(Path root) {
        ContentLoader.Loaded loaded = ContentLoader.load(root);
        return new Result(loaded.course().lessons().size(), loaded.problems());
    }
}
