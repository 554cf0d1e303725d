package dockyard.sim.ssm;

/**
 * A Parameter Store parameter as a typed value.
 *
 * @param type    {@code String}, {@code StringList} or {@code SecureString}
 * @param value   the plain value (decrypted for a SecureString)
 * @param version 1 on creation, +1 per overwrite
 * @param lastModified epoch seconds
 */
public record Parameter(String name, String type, String value, long version, String arn, double lastModified,
                        String description, String dataType) {
}
