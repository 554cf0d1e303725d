package dockyard.shell.aws;

import java.util.Map;

/**
 * The type of a request member as the AWS API model gives it: {@code string}, {@code integer}, {@code long},
 * {@code double}, {@code boolean}, {@code blob}, {@code streaming}, {@code token}, {@code timestamp}, {@code map},
 * {@code structure} or {@code list}. A structure with {@code members == null} accepts any members (not modelled
 * in detail); otherwise its members are exactly AWS's.
 *
 * @param type    the kind, as above
 * @param name    the named shape (e.g. {@code ContainerDefinition}), or null
 * @param element the element type of a list, else null
 * @param members the members of a structure in AWS's order, or null
 */
public record Shape(String type, String name, Shape element, Map<String, Member> members) {
    /** A member of a structure (or a parameter of an operation). */
    public record Member(String name, Shape shape, boolean required) {
    }

    public boolean isScalar() {
        return !type.equals("list") && !type.equals("structure") && !type.equals("map");
    }

    /** How the CLI's help names the type: {@code string}, {@code list}, {@code structure}, … */
    public String label() {
        return switch (type) {
            case "token", "streaming" -> "string";
            default -> type;
        };
    }

    /** Python's name for the types this shape accepts, as botocore's parameter validation prints them. */
    public String validTypes() {
        return switch (type) {
            case "integer", "long" -> "<class 'int'>";
            case "double" -> "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>";
            case "boolean" -> "<class 'bool'>";
            case "list" -> "<class 'list'>, <class 'tuple'>";
            case "structure", "map" -> "<class 'dict'>";
            case "blob" -> "<class 'bytes'>, <class 'bytearray'>, file-like object";
            case "timestamp" -> "<class 'datetime.datetime'>, timestamp string";
            default -> "<class 'str'>";
        };
    }
}
