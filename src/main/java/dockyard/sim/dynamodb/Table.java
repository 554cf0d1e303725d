package dockyard.sim.dynamodb;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.TreeMap;

/** A table: its key schema, settings, state (CREATING → ACTIVE → DELETING) and items by primary key. */
final class Table {
    final String name;
    final String region;
    final String arn;
    final String id;
    final long created;
    final String hashKey;
    final String hashType;
    final String rangeKey;
    final String rangeType;
    final ObjectNode attributeDefinitions;
    final ObjectNode keySchema;
    final String billingMode;
    final long readCapacity;
    final long writeCapacity;
    String status = "CREATING";
    /** Items by an encoded primary key that sorts as DynamoDB orders them within a partition. */
    final Map<String, ObjectNode> items = new TreeMap<>();

    Table(String name, String region, String arn, String id, long created, String hashKey, String hashType, String rangeKey,
          String rangeType, ObjectNode attributeDefinitions, ObjectNode keySchema, String billingMode, long read, long write) {
        this.name = name;
        this.region = region;
        this.arn = arn;
        this.id = id;
        this.created = created;
        this.hashKey = hashKey;
        this.hashType = hashType;
        this.rangeKey = rangeKey;
        this.rangeType = rangeType;
        this.attributeDefinitions = attributeDefinitions;
        this.keySchema = keySchema;
        this.billingMode = billingMode;
        this.readCapacity = read;
        this.writeCapacity = write;
    }

    long sizeBytes() {
        long s = 0;
        for (ObjectNode i : items.values()) s += i.toString().length();
        return s;
    }
}
