package dockyard.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads content YAML into records, turning Jackson's errors into one-line problems an author can act on.
 * Other content loaders (quiz, exercises) use it too, so every file reports problems the same way.
 */
public final class Yaml {
    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private Yaml() {
    }

    /** The shared mapper (YAML, unknown keys are errors). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads {@code file} as {@code type}; on failure adds a problem naming {@code shownAs} and returns empty.
     */
    public static <T> Optional<T> read(Path file, String shownAs, Class<T> type, List<ContentProblem> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(new ContentProblem(shownAs, "file is missing"));
            return Optional.empty();
        }
        try {
            T value = MAPPER.readValue(Files.readAllBytes(file), type);
            if (value == null) problems.add(new ContentProblem(shownAs, "file is empty"));
            return Optional.ofNullable(value);
        } catch (UnrecognizedPropertyException e) {
            problems.add(new ContentProblem(shownAs, "unknown key '" + e.getPropertyName() + "'" + where(e.getLocation())
                    + "; known keys: " + e.getKnownPropertyIds()));
        } catch (JsonProcessingException e) {
            problems.add(new ContentProblem(shownAs, firstLine(e.getOriginalMessage()) + where(e.getLocation())));
        } catch (IOException e) {
            problems.add(new ContentProblem(shownAs, "cannot read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    private static String where(JsonLocation at) {
        return at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static String firstLine(String s) {
        if (s == null) return "invalid YAML";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
