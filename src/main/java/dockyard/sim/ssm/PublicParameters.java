package dockyard.sim.ssm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.Json;
import dockyard.sim.Kernel;
import dockyard.sim.ec2.Amis;

import java.util.ArrayList;
import java.util.List;

/**
 * AWS's public parameters under {@code /aws/service/} that point at the current AMIs (DG
 * retrieve-ecs-optimized_AMI; EC2UG finding-an-ami-parameter-store). Their ARNs have no account id.
 */
final class PublicParameters {
    private PublicParameters() {
    }

    static List<Parameter> inRegion(String region) {
        List<Parameter> out = new ArrayList<>();
        double modified = Kernel.epochSeconds(-14L * 24 * 3600 * 1000);
        for (Amis.Ami a : Amis.inRegion(region)) {
            String base = a.ssmParameter();
            if (a.ecsOptimized()) {
                out.add(p(region, base + "/image_id", a.imageId(), modified));
                out.add(p(region, base + "/image_name", a.name(), modified));
                ObjectNode json = Json.object();
                json.put("ecs_agent_version", "1.101.2").put("ecs_runtime_version", "Docker version 25.0.8")
                        .put("image_id", a.imageId()).put("image_name", a.name())
                        .put("image_version", a.name().contains("al2023") ? Amis.IMAGE_VERSION : "2.0.20260213")
                        .put("os", a.name().contains("al2023") ? "Amazon Linux 2023" : "Amazon Linux 2")
                        .put("schema_version", 1)
                        .put("source_image_name", a.name().contains("al2023")
                                ? "al2023-ami-minimal-2023.10.20260216.0-kernel-6.1-x86_64"
                                : "amzn2-ami-minimal-hvm-2.0.20260216.0-x86_64-ebs");
                out.add(p(region, base, json.toString(), modified));
            } else {
                out.add(p(region, base, a.imageId(), modified));
            }
        }
        return out;
    }

    private static Parameter p(String region, String name, String value, double modified) {
        return new Parameter(name, "String", value, 1, "arn:aws:ssm:" + region + "::parameter" + name, modified, null,
                name.endsWith("image_id") || name.contains("ami-amazon-linux-latest") ? "aws:ec2:image" : "text");
    }
}
