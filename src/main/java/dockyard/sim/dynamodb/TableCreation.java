package dockyard.sim.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CreateTable's validation (key schema against attribute definitions, billing mode) and the new table. */
final class TableCreation {
    private TableCreation() {
    }

    static Table create(DynamoDb db, ObjectNode in, Caller caller) {
        String region = caller.region();
        String name = Json.text(in, "TableName", null);
        if (name == null) throw AttributeValues.validation("1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null");
        if (!name.matches("[a-zA-Z0-9_.-]{3,255}")) {
            throw AttributeValues.validation("1 validation error detected: Value '" + name + "' at 'tableName' failed to satisfy constraint: "
                    + (name.length() < 3 ? "Member must have length greater than or equal to 3" : "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+"));
        }
        db.authorize(caller, "dynamodb:CreateTable", name, region);
        JsonNode defs = in.get("AttributeDefinitions");
        JsonNode keys = in.get("KeySchema");
        if (keys == null || !keys.isArray() || keys.isEmpty()) {
            throw AttributeValues.validation("1 validation error detected: Value null at 'keySchema' failed to satisfy constraint: Member must not be null");
        }
        if (defs == null || !defs.isArray()) {
            throw AttributeValues.validation("1 validation error detected: Value null at 'attributeDefinitions' failed to satisfy constraint: Member must not be null");
        }
        Map<String, String> types = new LinkedHashMap<>();
        int i = 1;
        for (JsonNode d : defs) {
            String t = d.path("AttributeType").asText();
            if (!List.of("S", "N", "B").contains(t)) {
                throw AttributeValues.validation("1 validation error detected: Value '" + t + "' at 'attributeDefinitions." + i
                        + ".member.attributeType' failed to satisfy constraint: Member must satisfy enum value set: [B, N, S]");
            }
            types.put(d.path("AttributeName").asText(), t);
            i++;
        }
        if (keys.size() > 2) {
            throw AttributeValues.validation("1 validation error detected: Value '" + keys + "' at 'keySchema' failed to satisfy constraint: Member must have length less than or equal to 2");
        }
        String hash = null;
        String range = null;
        List<String> missing = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            JsonNode e = keys.get(k);
            String attr = e.path("AttributeName").asText();
            String type = e.path("KeyType").asText();
            if (k == 0 && !type.equals("HASH")) throw AttributeValues.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
            if (k == 1 && !type.equals("RANGE")) throw AttributeValues.validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
            if (!types.containsKey(attr)) missing.add(attr);
            if (k == 0) hash = attr;
            else range = attr;
        }
        if (!missing.isEmpty()) {
            throw AttributeValues.validation("One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: "
                    + missing + ", AttributeDefinitions: " + new ArrayList<>(types.keySet()));
        }
        if (types.size() != keys.size()) {
            throw AttributeValues.validation("One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions");
        }
        String billing = Json.text(in, "BillingMode", "PROVISIONED");
        JsonNode pt = in.get("ProvisionedThroughput");
        long read = 0;
        long write = 0;
        if (billing.equals("PROVISIONED")) {
            if (pt == null || !pt.has("ReadCapacityUnits") || !pt.has("WriteCapacityUnits")) {
                throw AttributeValues.validation("One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");
            }
            read = pt.get("ReadCapacityUnits").asLong();
            write = pt.get("WriteCapacityUnits").asLong();
            if (read < 1 || write < 1) {
                throw AttributeValues.validation("1 validation error detected: Value '" + Math.min(read, write)
                        + "' at 'provisionedThroughput.readCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1");
            }
        } else if (billing.equals("PAY_PER_REQUEST")) {
            if (pt != null) {
                throw AttributeValues.validation("One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
            }
        } else {
            throw AttributeValues.validation("1 validation error detected: Value '" + billing
                    + "' at 'billingMode' failed to satisfy constraint: Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]");
        }
        if (db.tables.containsKey(region + "/" + name)) throw AwsException.client("ResourceInUseException", "Table already exists: " + name);
        ObjectNode defsHolder = Json.object();
        defsHolder.set("list", defs.deepCopy());
        ObjectNode keysHolder = Json.object();
        keysHolder.set("list", keys.deepCopy());
        Table t = new Table(name, region, "arn:aws:dynamodb:" + region + ":" + Caller.ACCOUNT + ":table/" + name, db.world.ids().uuid(),
                db.world.kernel().now(), hash, types.get(hash), range, range == null ? null : types.get(range), defsHolder, keysHolder, billing, read, write);
        db.tables.put(region + "/" + name, t);
        db.world.kernel().schedule(DynamoDb.TABLE_TRANSITION_MILLIS, () -> {
            if (t.status.equals("CREATING")) t.status = "ACTIVE";
        });
        return t;
    }
}
