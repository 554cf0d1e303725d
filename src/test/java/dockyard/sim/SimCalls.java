package dockyard.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Test helper: calls an operation with JSON text as the learner (admin) in ap-northeast-2. */
public final class SimCalls {
    private SimCalls() {
    }

    public static ObjectNode call(World world, String service, String op, String json) {
        return call(world, service, op, json, Caller.admin(Caller.DEFAULT_REGION));
    }

    public static ObjectNode call(World world, String service, String op, String json, Caller caller) {
        try {
            return world.invoke(service, op, (ObjectNode) Json.MAPPER.readTree(json), caller);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
