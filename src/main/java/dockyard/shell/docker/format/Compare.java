package dockyard.shell.docker.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;

import java.util.List;

/** text/template's comparison functions: eq (true when the first argument equals any other), ne, lt, le, gt, ge. */
final class Compare {
    private Compare() {
    }

    static JsonNode call(String name, List<JsonNode> a) throws Functions.Failure {
        if (name.equals("eq")) {
            if (a.size() < 2) throw new Functions.Failure("wrong number of args for eq: want at least 2 got " + a.size());
            for (JsonNode other : a.subList(1, a.size())) if (compare(name, a.get(0), other) == 0) return BooleanNode.TRUE;
            return BooleanNode.FALSE;
        }
        if (a.size() != 2) throw new Functions.Failure("wrong number of args for " + name + ": want 2 got " + a.size());
        int c = compare(name, a.get(0), a.get(1));
        return BooleanNode.valueOf(switch (name) {
            case "ne" -> c != 0;
            case "lt" -> c < 0;
            case "le" -> c <= 0;
            case "gt" -> c > 0;
            default -> c >= 0;
        });
    }

    private static int compare(String name, JsonNode x, JsonNode y) throws Functions.Failure {
        if (x.isMissingNode() || y.isMissingNode()) throw new Functions.Failure("error calling " + name + ": invalid type for comparison");
        if (x.isNumber() && y.isNumber()) {
            if (x.isIntegralNumber() != y.isIntegralNumber()) {
                throw new Functions.Failure("error calling " + name + ": incompatible types for comparison");
            }
            return x.decimalValue().compareTo(y.decimalValue());
        }
        if (x.isTextual() && y.isTextual()) return Integer.signum(x.asText().compareTo(y.asText()));
        boolean ordered = !name.equals("eq") && !name.equals("ne");
        if (x.isBoolean() && y.isBoolean() && !ordered) return x.booleanValue() == y.booleanValue() ? 0 : 1;
        if (x.getNodeType() != y.getNodeType()) throw new Functions.Failure("error calling " + name + ": incompatible types for comparison");
        if (x.isContainerNode() || x.isNull()) throw new Functions.Failure("error calling " + name + ": invalid type for comparison");
        throw new Functions.Failure("error calling " + name + ": invalid type for comparison");
    }
}
