package dockyard.sim.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import dockyard.sim.AwsException;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** DynamoDB AttributeValue shapes ({@code {"S": "x"}}, {@code {"N": "1"}}, ...): validation, key encoding, ordering. */
final class AttributeValues {
    static final Set<String> TYPES = Set.of("S", "N", "B", "BOOL", "NULL", "M", "L", "SS", "NS", "BS");

    private AttributeValues() {
    }

    static AwsException validation(String message) {
        return AwsException.client("ValidationException", message);
    }

    /** Checks an item's (or key's) attribute values, recursively. */
    static void validateItem(JsonNode item) {
        if (item == null || !item.isObject()) throw validation("1 validation error detected: Value null at 'item' failed to satisfy constraint: Member must not be null");
        for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) validate(it.next().getValue());
    }

    static void validate(JsonNode v) {
        if (v == null || !v.isObject() || v.size() != 1 || !TYPES.contains(v.fieldNames().next())) {
            throw validation("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        }
        String type = v.fieldNames().next();
        JsonNode x = v.get(type);
        switch (type) {
            case "N" -> number(x.asText());
            case "NS" -> x.forEach(n -> number(n.asText()));
            case "M" -> x.fields().forEachRemaining(e -> validate(e.getValue()));
            case "L" -> x.forEach(AttributeValues::validate);
            case "SS", "BS" -> {
                if (!x.isArray() || x.isEmpty()) throw validation("One or more parameter values were invalid: An string set  may not be empty");
            }
            default -> {
            }
        }
    }

    static BigDecimal number(String s) {
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            throw validation("The parameter cannot be converted to a numeric value: " + s);
        }
    }

    static String typeOf(JsonNode v) {
        return v.fieldNames().next();
    }

    /** A sort-preserving text form of a key value of type S, N or B. */
    static String sortable(JsonNode v) {
        String type = typeOf(v);
        String raw = v.get(type).asText();
        if (!type.equals("N")) return raw;
        BigDecimal n = number(raw);
        // Offset into a fixed-width positive form so that text order is numeric order.
        BigDecimal shifted = n.add(new BigDecimal("1e38"));
        String whole = shifted.toBigInteger().toString();
        String frac = shifted.remainder(BigDecimal.ONE).abs().toPlainString().replaceFirst("^0", "");
        return "0".repeat(Math.max(0, 40 - whole.length())) + whole + frac;
    }

    static int compare(JsonNode a, JsonNode b) {
        if (typeOf(a).equals("N") && typeOf(b).equals("N")) return number(a.get("N").asText()).compareTo(number(b.get("N").asText()));
        return a.get(typeOf(a)).asText().compareTo(b.get(typeOf(b)).asText());
    }
}
