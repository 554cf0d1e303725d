package dockyard.sim.iam;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** An IAM role: trust policy, attached managed policies (by ARN) and inline policies (by name). */
final class Role {
    final String name;
    final String path;
    final String arn;
    final String id;
    final double createDate;
    final String description;
    PolicyDocument trust;
    final Set<String> attached = new LinkedHashSet<>();
    final Map<String, PolicyDocument> inline = new TreeMap<>();

    Role(String name, String path, String arn, String id, double createDate, String description, PolicyDocument trust) {
        this.name = name;
        this.path = path;
        this.arn = arn;
        this.id = id;
        this.createDate = createDate;
        this.description = description;
        this.trust = trust;
    }
}
