package dockyard.sim.dynamodb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.World;
import org.junit.jupiter.api.Test;

import static dockyard.sim.SimCalls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DynamoDbTest {
    private final World world = new World(19);

    private void table() {
        call(world, "dynamodb", "CreateTable", "{\"TableName\":\"Orders\",\"BillingMode\":\"PAY_PER_REQUEST\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"},{\"AttributeName\":\"sk\",\"AttributeType\":\"N\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}]}");
        world.kernel().advance(DynamoDb.TABLE_TRANSITION_MILLIS);
    }

    private void put(String pk, int sk, String note) {
        call(world, "dynamodb", "PutItem", "{\"TableName\":\"Orders\",\"Item\":{\"pk\":{\"S\":\"" + pk + "\"},\"sk\":{\"N\":\"" + sk
                + "\"},\"note\":{\"S\":\"" + note + "\"}}}");
    }

    @Test
    void aNewTableIsCreatingThenActive() {
        ObjectNode d = call(world, "dynamodb", "CreateTable", "{\"TableName\":\"Tab1\",\"BillingMode\":\"PAY_PER_REQUEST\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}],\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}]}");
        assertThat(d.get("TableDescription").get("TableStatus").asText()).isEqualTo("CREATING");
        assertThatThrownBy(() -> call(world, "dynamodb", "PutItem", "{\"TableName\":\"Tab1\",\"Item\":{\"id\":{\"S\":\"a\"}}}"))
                .hasMessage("Requested resource not found");
        world.kernel().advance(DynamoDb.TABLE_TRANSITION_MILLIS);
        assertThat(call(world, "dynamodb", "DescribeTable", "{\"TableName\":\"Tab1\"}").get("Table").get("TableStatus").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void keyAttributesMustBeDefined() {
        assertThatThrownBy(() -> call(world, "dynamodb", "CreateTable", "{\"TableName\":\"Tab1\",\"BillingMode\":\"PAY_PER_REQUEST\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}],\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}]}"))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.code()).isEqualTo("ValidationException"))
                .hasMessage("One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: [pk], AttributeDefinitions: [id]");
    }

    @Test
    void provisionedTablesNeedTheirCapacity() {
        assertThatThrownBy(() -> call(world, "dynamodb", "CreateTable", "{\"TableName\":\"Tab1\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}],\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}]}"))
                .hasMessage("One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");
    }

    @Test
    void getItemReturnsWhatPutItemStored() {
        table();
        put("u1", 1, "first");
        ObjectNode got = call(world, "dynamodb", "GetItem", "{\"TableName\":\"Orders\",\"Key\":{\"pk\":{\"S\":\"u1\"},\"sk\":{\"N\":\"1\"}}}");
        assertThat(got.get("Item").get("note").get("S").asText()).isEqualTo("first");
        assertThat(call(world, "dynamodb", "GetItem", "{\"TableName\":\"Orders\",\"Key\":{\"pk\":{\"S\":\"u1\"},\"sk\":{\"N\":\"2\"}}}").has("Item")).isFalse();
    }

    @Test
    void anItemWithoutItsKeyIsInvalid() {
        table();
        assertThatThrownBy(() -> call(world, "dynamodb", "PutItem", "{\"TableName\":\"Orders\",\"Item\":{\"pk\":{\"S\":\"u1\"}}}"))
                .hasMessage("One or more parameter values were invalid: Missing the key sk in the item");
        assertThatThrownBy(() -> call(world, "dynamodb", "PutItem", "{\"TableName\":\"Orders\",\"Item\":{\"pk\":{\"N\":\"1\"},\"sk\":{\"N\":\"1\"}}}"))
                .hasMessage("One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N");
    }

    @Test
    void queryReturnsAPartitionInSortKeyOrder() {
        table();
        put("u1", 10, "c");
        put("u1", 2, "a");
        put("u1", 5, "b");
        put("u2", 1, "other");
        ObjectNode q = call(world, "dynamodb", "Query", "{\"TableName\":\"Orders\",\"KeyConditionExpression\":\"pk = :p AND sk >= :s\","
                + "\"ExpressionAttributeValues\":{\":p\":{\"S\":\"u1\"},\":s\":{\"N\":\"3\"}}}");
        assertThat(q.get("Count").asInt()).isEqualTo(2);
        assertThat(q.get("Items").get(0).get("note").get("S").asText()).isEqualTo("b");
        assertThat(q.get("Items").get(1).get("note").get("S").asText()).isEqualTo("c");
    }

    @Test
    void queryWithBeginsWithAndAttributeNames() {
        call(world, "dynamodb", "CreateTable", "{\"TableName\":\"Files\",\"BillingMode\":\"PAY_PER_REQUEST\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"bucket\",\"AttributeType\":\"S\"},{\"AttributeName\":\"name\",\"AttributeType\":\"S\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"bucket\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"name\",\"KeyType\":\"RANGE\"}]}");
        world.kernel().advance(DynamoDb.TABLE_TRANSITION_MILLIS);
        for (String n : new String[]{"in/a.txt", "in/b.txt", "out/c.txt"}) {
            call(world, "dynamodb", "PutItem", "{\"TableName\":\"Files\",\"Item\":{\"bucket\":{\"S\":\"b\"},\"name\":{\"S\":\"" + n + "\"}}}");
        }
        assertThatThrownBy(() -> call(world, "dynamodb", "Query", "{\"TableName\":\"Files\",\"KeyConditionExpression\":\"bucket = :b AND begins_with(name, :p)\","
                + "\"ExpressionAttributeValues\":{\":b\":{\"S\":\"b\"},\":p\":{\"S\":\"in/\"}}}"))
                .hasMessage("Invalid KeyConditionExpression: Attribute name is a reserved keyword; reserved keyword: name");
        ObjectNode q = call(world, "dynamodb", "Query", "{\"TableName\":\"Files\",\"KeyConditionExpression\":\"bucket = :b AND begins_with(#n, :p)\","
                + "\"ExpressionAttributeNames\":{\"#n\":\"name\"},\"ExpressionAttributeValues\":{\":b\":{\"S\":\"b\"},\":p\":{\"S\":\"in/\"}}}");
        assertThat(q.get("Count").asInt()).isEqualTo(2);
    }

    @Test
    void aConditionalPutOnAnExistingItemFails() {
        table();
        put("u1", 1, "first");
        assertThatThrownBy(() -> call(world, "dynamodb", "PutItem", "{\"TableName\":\"Orders\",\"Item\":{\"pk\":{\"S\":\"u1\"},\"sk\":{\"N\":\"1\"}},"
                + "\"ConditionExpression\":\"attribute_not_exists(pk)\"}"))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.code()).isEqualTo("ConditionalCheckFailedException"));
    }

    @Test
    void scanReturnsEveryItem() {
        table();
        put("u1", 1, "a");
        put("u2", 1, "b");
        ObjectNode s = call(world, "dynamodb", "Scan", "{\"TableName\":\"Orders\"}");
        assertThat(s.get("Count").asInt()).isEqualTo(2);
        assertThat(s.get("ScannedCount").asInt()).isEqualTo(2);
    }
}
