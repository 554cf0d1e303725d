package dockyard.learn.handson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a hands-on answer was marked, kept with the answer so a later look shows what held at the time.
 *
 * @param checks   for each of the question's checks in order, whether it held in the learner's sandbox
 * @param given    what the learner typed (normalised), or null when the question asks for no value
 * @param expected the value in the reference world, or null when the question asks for no value
 * @param right    every check held and, if a value was asked, it was the expected one
 */
public record Marking(List<Boolean> checks, String given, String expected, boolean right) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public Marking {
        checks = List.copyOf(checks);
    }

    /** The compact JSON stored in the answer row's {@code chosen} column. */
    public String stored() {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode c = o.putArray("checks");
        checks.forEach(c::add);
        if (given != null) o.put("given", given);
        if (expected != null) o.put("expected", expected);
        o.put("right", right);
        return o.toString();
    }

    /** Reads what {@link #stored} wrote; empty for anything else (an unanswered row, or text of another kind). */
    public static Optional<Marking> parse(String stored) {
        if (stored == null || !stored.startsWith("{")) return Optional.empty();
        try {
            JsonNode o = JSON.readTree(stored);
            List<Boolean> checks = new ArrayList<>();
            for (JsonNode c : o.path("checks")) checks.add(c.asBoolean());
            return Optional.of(new Marking(checks, o.hasNonNull("given") ? o.get("given").asText() : null,
                    o.hasNonNull("expected") ? o.get("expected").asText() : null, o.path("right").asBoolean()));
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
