package dockyard.learn.exercises;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dockyard.content.exercise.CheckCommand;
import dockyard.content.exercise.Comparison;
import dockyard.content.exercise.Goal;
import dockyard.shell.Io;
import dockyard.shell.Sink;
import dockyard.shell.aws.AwsCli;
import dockyard.shell.aws.Catalogue;
import dockyard.shell.docker.DockerCli;
import dockyard.sim.Caller;
import dockyard.sim.World;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which goals of an exercise hold in a world, by running each goal's read-only check the way the
 * learner's {@code aws} or {@code docker} would, as the account's admin in the default region, but outside the
 * learner's shell: nothing is logged, no shell variable or exit code changes, and the world is not changed
 * (checks are Describe/List/Get calls and docker listings, which draw no random numbers and move no time; a
 * waiter could not advance time here anyway). A check that fails (exit code not 0) means the goal is not met.
 * Not thread-safe: use one per thread, like the world it reads.
 */
public final class GoalChecker {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final AwsCli aws = new AwsCli(Catalogue.shared(), false);

    /** For each goal in order, whether it holds in {@code world} now. */
    public List<Boolean> check(World world, List<Goal> goals) {
        List<Boolean> out = new ArrayList<>(goals.size());
        for (Goal g : goals) out.add(holds(world, g));
        return List.copyOf(out);
    }

    /** Whether {@code goal} holds in {@code world} now. */
    public boolean holds(World world, Goal goal) {
        return value(world, goal.check()).map(r -> compare(goal.comparison(), r, goal.expected())).orElse(false);
    }

    /** The check's result: its output as JSON, or as trimmed text when it is not JSON; empty when it failed. */
    public Optional<JsonNode> value(World world, String check) {
        List<String> words;
        try {
            words = CheckCommand.words(check);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (CheckCommand.problem(check).isPresent()) return Optional.empty();
        Sink.Buffer out = new Sink.Buffer();
        Sink.Buffer err = new Sink.Buffer();
        Io io = new Io(List.copyOf(words), "", out, err, Map.of(), null);
        int exit = words.get(0).equals("aws")
                ? aws.run(io, world, Optional.of(Caller.admin(Caller.DEFAULT_REGION)), ReadOnlyFiles.INSTANCE)
                : new DockerCli(world).run(io);
        if (exit != 0) return Optional.empty();
        String text = out.text().trim();
        try {
            JsonNode parsed = JSON.readTree(text);
            return Optional.of(parsed == null ? TextNode.valueOf(text) : parsed);
        } catch (Exception e) {
            return Optional.of(TextNode.valueOf(text));
        }
    }

    /** Compares a check's {@code actual} result with the goal's {@code expected} value. */
    public static boolean compare(Comparison c, JsonNode actual, JsonNode expected) {
        return switch (c) {
            case EQUALS -> same(actual, expected);
            case NOT_EQUALS -> !same(actual, expected);
            case CONTAINS -> contains(actual, expected);
            case NOT_CONTAINS -> !contains(actual, expected);
            case AT_LEAST -> size(actual).map(v -> v >= expected.asDouble()).orElse(false);
            case AT_MOST -> size(actual).map(v -> v <= expected.asDouble()).orElse(false);
        };
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) return a.decimalValue().compareTo(b.decimalValue()) == 0;
        if (a.isValueNode() && b.isValueNode() && (a.isTextual() || b.isTextual())) return a.asText().equals(b.asText());
        if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) if (!same(a.get(i), b.get(i))) return false;
            return true;
        }
        return a.equals(b);
    }

    private static boolean contains(JsonNode actual, JsonNode expected) {
        if (actual.isArray()) {
            for (JsonNode e : actual) if (same(e, expected)) return true;
            return false;
        }
        if (actual.isTextual()) return actual.asText().contains(expected.asText());
        return false;
    }

    private static Optional<Double> size(JsonNode actual) {
        if (actual.isNumber()) return Optional.of(actual.asDouble());
        if (actual.isArray()) return Optional.of((double) actual.size());
        return Optional.empty();
    }
}
