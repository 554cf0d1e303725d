package dockyard.sim.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.AwsService;
import dockyard.sim.Caller;
import dockyard.sim.World;
import dockyard.sim.iam.Iam;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Amazon DynamoDB: tables per region (CREATING → ACTIVE in simulated time), items as AttributeValue maps, GetItem,
 * PutItem (with ConditionExpression), Query by key condition and Scan (with FilterExpression). Members are PascalCase.
 */
public final class DynamoDb implements AwsService {
    static final Set<String> OPERATIONS = Set.of("CreateTable", "DescribeTable", "ListTables", "DeleteTable", "PutItem",
            "GetItem", "DeleteItem", "Query", "Scan");
    /** Simulated ms from CreateTable to ACTIVE, and from DeleteTable to gone. */
    static final long TABLE_TRANSITION_MILLIS = 5_000;
    final World world;
    /** "region/name" → table. */
    final Map<String, Table> tables = new LinkedHashMap<>();

    public DynamoDb(World world) {
        this.world = world;
    }

    @Override public String name() { return "dynamodb"; }

    @Override public Set<String> operations() { return OPERATIONS; }

    @Override
    public ObjectNode invoke(String operation, ObjectNode in, Caller caller) {
        return DynamoOperations.invoke(this, operation, in, caller);
    }

    void authorize(Caller caller, String action, String tableName, String region) {
        if (!caller.unrestricted()) {
            world.service(Iam.class).require(caller, action, "arn:aws:dynamodb:" + region + ":" + Caller.ACCOUNT + ":table/" + tableName);
        }
    }

    /** The table, for reads and writes: it must exist and be ACTIVE (a CREATING table is not found yet). */
    Table active(String region, String name) {
        Table t = tables.get(region + "/" + name);
        if (t == null || t.status.equals("CREATING")) {
            throw AwsException.client("ResourceNotFoundException", "Requested resource not found");
        }
        return t;
    }

    Table described(String region, String name) {
        Table t = tables.get(region + "/" + name);
        if (t == null) throw AwsException.client("ResourceNotFoundException", "Requested resource not found: Table: " + name + " not found");
        return t;
    }

    /** The primary key of an item (or a Key), validated against the schema; the encoded form sorts as DynamoDB does. */
    static String keyOf(Table t, JsonNode item, boolean exactKey) {
        JsonNode h = item.get(t.hashKey);
        JsonNode r = t.rangeKey == null ? null : item.get(t.rangeKey);
        if (exactKey && (item.size() != (t.rangeKey == null ? 1 : 2) || h == null || (t.rangeKey != null && r == null))) {
            throw AttributeValues.validation("The provided key element does not match the schema");
        }
        if (h == null) throw AttributeValues.validation("One or more parameter values were invalid: Missing the key " + t.hashKey + " in the item");
        if (t.rangeKey != null && r == null) {
            throw AttributeValues.validation("One or more parameter values were invalid: Missing the key " + t.rangeKey + " in the item");
        }
        checkType(t.hashKey, t.hashType, h, exactKey);
        if (r != null) checkType(t.rangeKey, t.rangeType, r, exactKey);
        return AttributeValues.sortable(h) + "\u0000" + (r == null ? "" : AttributeValues.sortable(r));
    }

    private static void checkType(String name, String expected, JsonNode v, boolean exactKey) {
        AttributeValues.validate(v);
        String actual = AttributeValues.typeOf(v);
        if (!actual.equals(expected)) {
            throw AttributeValues.validation(exactKey ? "The provided key element does not match the schema"
                    : "One or more parameter values were invalid: Type mismatch for key " + name + " expected: " + expected + " actual: " + actual);
        }
        if (actual.equals("S") && v.get("S").asText().isEmpty()) {
            throw AttributeValues.validation("One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: " + name);
        }
    }
}
