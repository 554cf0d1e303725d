package dockyard.sim.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.iam.Wildcards;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * EC2's {@code Filters}: a resource matches when, for every filter, one of its values matches (values may use
 * {@code *} and {@code ?}). {@code tag:Key} filters by a tag's value; unknown filter names are rejected with
 * {@code InvalidParameterValue} as EC2 does (EC2 API Filtering).
 */
final class Filters {
    private Filters() {
    }

    /**
     * @param fields filter name → the resource's values for it (a missing key means the filter is unknown)
     * @param tags   the resource's tags
     */
    static <T> boolean match(ObjectNode input, T resource, Map<String, Function<T, List<String>>> fields,
                             Function<T, Map<String, String>> tags) {
        JsonNode filters = input.get("Filters");
        if (filters == null || !filters.isArray()) return true;
        for (JsonNode f : filters) {
            String name = f.path("Name").asText();
            List<String> actual;
            if (name.startsWith("tag:")) {
                String v = tags.apply(resource).get(name.substring(4));
                actual = v == null ? List.of() : List.of(v);
            } else if (name.equals("tag-key")) {
                actual = List.copyOf(tags.apply(resource).keySet());
            } else if (fields.containsKey(name)) {
                actual = fields.get(name).apply(resource);
            } else {
                throw AwsException.client("InvalidParameterValue", "The filter '" + name + "' is invalid");
            }
            boolean any = false;
            for (JsonNode want : f.path("Values")) {
                for (String a : actual) any |= Wildcards.matches(want.asText(), a, false);
            }
            if (!any) return false;
        }
        return true;
    }
}
