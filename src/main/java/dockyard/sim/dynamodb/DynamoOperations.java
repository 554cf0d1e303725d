package dockyard.sim.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.Json;
import dockyard.sim.Kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** DynamoDB API operations (DynamoDB API reference; messages as the service returns them). */
final class DynamoOperations {
    private DynamoOperations() {
    }

    private static String tableName(JsonNode in) {
        String n = Json.text(in, "TableName", null);
        if (n == null) throw AttributeValues.validation("1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null");
        if (n.length() < 3) {
            throw AttributeValues.validation("1 validation error detected: Value '" + n + "' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3");
        }
        if (!n.matches("[a-zA-Z0-9_.-]{3,255}")) {
            throw AttributeValues.validation("1 validation error detected: Value '" + n + "' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
        }
        return n;
    }

    static ObjectNode invoke(DynamoDb db, String op, ObjectNode in, Caller caller) {
        String region = caller.region();
        ObjectNode out = Json.object();
        switch (op) {
            case "CreateTable" -> {
                Table t = TableCreation.create(db, in, caller);
                out.set("TableDescription", describe(db, t));
            }
            case "DescribeTable" -> {
                String name = tableName(in);
                db.authorize(caller, "dynamodb:DescribeTable", name, region);
                out.set("Table", describe(db, db.described(region, name)));
            }
            case "ListTables" -> {
                db.authorize(caller, "dynamodb:ListTables", "*", region);
                ArrayNode names = out.putArray("TableNames");
                db.tables.values().stream().filter(t -> t.region.equals(region)).map(t -> t.name).sorted().forEach(names::add);
            }
            case "DeleteTable" -> {
                String name = tableName(in);
                db.authorize(caller, "dynamodb:DeleteTable", name, region);
                Table t = db.described(region, name);
                if (!t.status.equals("ACTIVE")) {
                    throw AwsException.client("ResourceInUseException", "Attempt to change a resource which is still in use: Table is being "
                            + (t.status.equals("CREATING") ? "created" : "deleted") + ": " + name);
                }
                t.status = "DELETING";
                db.world.kernel().schedule(DynamoDb.TABLE_TRANSITION_MILLIS, () -> db.tables.remove(region + "/" + name));
                out.set("TableDescription", describe(db, t));
            }
            case "PutItem" -> {
                String name = tableName(in);
                db.authorize(caller, "dynamodb:PutItem", name, region);
                Table t = db.active(region, name);
                JsonNode item = in.get("Item");
                AttributeValues.validateItem(item);
                String key = DynamoDb.keyOf(t, item, false);
                ObjectNode old = t.items.get(key);
                check(in, old);
                t.items.put(key, (ObjectNode) item.deepCopy());
                if (old != null && "ALL_OLD".equals(Json.text(in, "ReturnValues", "NONE"))) out.set("Attributes", old);
            }
            case "GetItem" -> {
                String name = tableName(in);
                db.authorize(caller, "dynamodb:GetItem", name, region);
                Table t = db.active(region, name);
                JsonNode keyNode = in.get("Key");
                if (keyNode == null || !keyNode.isObject()) throw AttributeValues.validation("1 validation error detected: Value null at 'key' failed to satisfy constraint: Member must not be null");
                ObjectNode item = t.items.get(DynamoDb.keyOf(t, keyNode, true));
                if (item != null) out.set("Item", project(item, in));
            }
            case "DeleteItem" -> {
                String name = tableName(in);
                db.authorize(caller, "dynamodb:DeleteItem", name, region);
                Table t = db.active(region, name);
                String key = DynamoDb.keyOf(t, in.path("Key"), true);
                check(in, t.items.get(key));
                ObjectNode old = t.items.remove(key);
                if (old != null && "ALL_OLD".equals(Json.text(in, "ReturnValues", "NONE"))) out.set("Attributes", old);
            }
            case "Query" -> query(db, in, caller, out);
            case "Scan" -> {
                String name = tableName(in);
                db.authorize(caller, "dynamodb:Scan", name, region);
                Table t = db.active(region, name);
                List<ObjectNode> items = new ArrayList<>(t.items.values());
                finish(items, items.size(), in, out, null);
            }
            default -> throw new AwsException("UnknownOperationException", "Unknown operation " + op, 400);
        }
        return out;
    }

    private static void check(JsonNode in, JsonNode existing) {
        String expr = Json.text(in, "ConditionExpression", null);
        if (expr == null) return;
        List<Conditions.Cond> conds = new ArrayList<>();
        Conditions c = Conditions.parse(expr, "ConditionExpression", in.get("ExpressionAttributeNames"), in.get("ExpressionAttributeValues"), conds);
        unused(in, c);
        JsonNode item = existing == null ? Json.object() : existing;
        for (Conditions.Cond cond : conds) {
            if (!Conditions.test(cond, item)) throw AwsException.client("ConditionalCheckFailedException", "The conditional request failed");
        }
    }

    private static void unused(JsonNode in, Conditions... used) {
        Set<String> values = new TreeSet<>();
        in.path("ExpressionAttributeValues").fieldNames().forEachRemaining(values::add);
        Set<String> names = new TreeSet<>();
        in.path("ExpressionAttributeNames").fieldNames().forEachRemaining(names::add);
        for (Conditions c : used) {
            if (c == null) continue;
            values.removeAll(c.usedValues);
            names.removeAll(c.usedNames);
        }
        if (in.has("ProjectionExpression")) names.removeIf(n -> in.get("ProjectionExpression").asText().contains(n));
        if (!values.isEmpty()) throw AttributeValues.validation("Value provided in ExpressionAttributeValues unused in expressions: keys: {" + String.join(", ", values) + "}");
        if (!names.isEmpty()) throw AttributeValues.validation("Value provided in ExpressionAttributeNames unused in expressions: keys: {" + String.join(", ", names) + "}");
    }

    private static void query(DynamoDb db, ObjectNode in, Caller caller, ObjectNode out) {
        String region = caller.region();
        String name = tableName(in);
        db.authorize(caller, "dynamodb:Query", name, region);
        Table t = db.active(region, name);
        String expr = Json.text(in, "KeyConditionExpression", null);
        if (expr == null) {
            throw AttributeValues.validation("Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
        }
        List<Conditions.Cond> conds = new ArrayList<>();
        Conditions kc = Conditions.parse(expr, "KeyConditionExpression", in.get("ExpressionAttributeNames"), in.get("ExpressionAttributeValues"), conds);
        Conditions.Cond hash = null;
        Conditions.Cond range = null;
        for (Conditions.Cond c : conds) {
            if (c.attribute().equals(t.hashKey) && c.op().equals("=") && hash == null) hash = c;
            else if (c.attribute().equals(t.rangeKey) && range == null && !c.op().equals("<>") && !c.op().startsWith("attribute") && !c.op().equals("contains")) range = c;
            else throw AttributeValues.validation("Query key condition not supported");
        }
        if (hash == null) throw AttributeValues.validation("Query condition missed key schema element: " + t.hashKey);
        List<Conditions.Cond> filters = new ArrayList<>();
        Conditions fc = null;
        String filter = Json.text(in, "FilterExpression", null);
        if (filter != null) fc = Conditions.parse(filter, "FilterExpression", in.get("ExpressionAttributeNames"), in.get("ExpressionAttributeValues"), filters);
        unused(in, kc, fc);
        List<ObjectNode> matched = new ArrayList<>();
        for (ObjectNode item : t.items.values()) {
            if (Conditions.test(hash, item) && (range == null || Conditions.test(range, item))) matched.add(item);
        }
        if (!in.path("ScanIndexForward").asBoolean(true)) Collections.reverse(matched);
        finish(matched, matched.size(), in, out, filters);
    }

    private static void finish(List<ObjectNode> items, int scanned, JsonNode in, ObjectNode out, List<Conditions.Cond> filters) {
        int limit = in.path("Limit").asInt(Integer.MAX_VALUE);
        if (limit < 1) throw AttributeValues.validation("1 validation error detected: Value '" + limit + "' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1");
        List<ObjectNode> page = items.subList(0, Math.min(limit, items.size()));
        List<Conditions.Cond> f = filters;
        if (f == null && in.has("FilterExpression")) {
            f = new ArrayList<>();
            Conditions fc = Conditions.parse(in.get("FilterExpression").asText(), "FilterExpression", in.get("ExpressionAttributeNames"), in.get("ExpressionAttributeValues"), f);
            unused(in, fc);
        }
        ArrayNode list = out.putArray("Items");
        int count = 0;
        for (ObjectNode item : page) {
            boolean ok = true;
            if (f != null) for (Conditions.Cond c : f) ok &= Conditions.test(c, item);
            if (ok) {
                list.add(project(item, in));
                count++;
            }
        }
        out.put("Count", count);
        out.put("ScannedCount", page.size());
        if (page.size() < items.size() && !page.isEmpty()) out.set("LastEvaluatedKey", page.get(page.size() - 1));
    }

    private static ObjectNode project(ObjectNode item, JsonNode in) {
        String proj = Json.text(in, "ProjectionExpression", null);
        if (proj == null) return item.deepCopy();
        ObjectNode out = Json.object();
        for (String p : proj.split(",")) {
            String n = p.strip();
            if (n.startsWith("#")) n = in.path("ExpressionAttributeNames").path(n).asText(n);
            if (item.has(n)) out.set(n, item.get(n).deepCopy());
        }
        return out;
    }

    static ObjectNode describe(DynamoDb db, Table t) {
        ObjectNode o = Json.object();
        o.set("AttributeDefinitions", t.attributeDefinitions.get("list").deepCopy());
        o.put("TableName", t.name);
        o.set("KeySchema", t.keySchema.get("list").deepCopy());
        o.put("TableStatus", t.status);
        o.put("CreationDateTime", Json.epochSeconds(Kernel.EPOCH.plusMillis(t.created)));
        ObjectNode pt = o.putObject("ProvisionedThroughput");
        pt.put("NumberOfDecreasesToday", 0).put("ReadCapacityUnits", t.readCapacity).put("WriteCapacityUnits", t.writeCapacity);
        o.put("TableSizeBytes", t.sizeBytes());
        o.put("ItemCount", t.items.size());
        o.put("TableArn", t.arn);
        o.put("TableId", t.id);
        if (t.billingMode.equals("PAY_PER_REQUEST")) {
            ObjectNode b = o.putObject("BillingModeSummary");
            b.put("BillingMode", "PAY_PER_REQUEST");
            b.put("LastUpdateToPayPerRequestDateTime", Json.epochSeconds(Kernel.EPOCH.plusMillis(t.created)));
        }
        o.put("DeletionProtectionEnabled", false);
        return o;
    }
}
