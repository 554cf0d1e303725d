package dockyard.sim.dynamodb;

import java.util.Set;

/** Common DynamoDB reserved words (Developer Guide, "Reserved words in DynamoDB"): use #names for attributes called so. */
final class Reserved {
    static final Set<String> WORDS = Set.of("NAME", "STATUS", "DATE", "TIMESTAMP", "USER", "DATA", "COUNT", "VALUE", "YEAR",
            "KEY", "KEYS", "SIZE", "TYPE", "ORDER", "GROUP", "TIME", "TABLE", "ITEM", "ITEMS", "LEVEL", "ROLE", "SECTION",
            "COMMENT", "DOMAIN", "ZONE", "REGION", "OWNER", "STATE", "PATH", "HASH", "RANGE", "SET", "TTL", "URL", "INDEX",
            "SOURCE", "TOKEN", "TOTAL", "UPDATE", "VIEW", "WHERE", "LIMIT", "FROM", "SELECT", "BY", "AND", "OR", "NOT", "IN",
            "BETWEEN", "DELETE", "GET", "PUT", "ADD", "CONNECTION", "SESSION", "START", "END", "EVENT", "MESSAGE", "NUMBER");

    private Reserved() {
    }
}
