package dockyard.sim.ec2;

import java.util.List;
import java.util.Optional;

/**
 * The machine images the sandbox knows, per region: the ECS-optimized Amazon Linux 2023 and 2 AMIs and the
 * plain Amazon Linux 2023 AMI that the public SSM parameters point to. Only ECS-optimized AMIs run the ECS
 * agent (DG ecs-optimized_AMI). Image ids differ by region, as real ones do; they are fixed per region
 * (derived from the region name), not drawn from the seed, because real AMI ids do not change per account.
 */
public final class Amis {
    /** One image. */
    public record Ami(String imageId, String name, String description, boolean ecsOptimized, String ssmParameter) {
    }

    public static final String ECS_AL2023 = "/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended";
    public static final String ECS_AL2 = "/aws/service/ecs/optimized-ami/amazon-linux-2/recommended";
    public static final String AL2023 = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";
    public static final String AL2 = "/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2";
    public static final String IMAGE_VERSION = "2023.0.20260213";

    private Amis() {
    }

    public static List<Ami> inRegion(String region) {
        return List.of(
                new Ami(id(region, "ecs-al2023"), "al2023-ami-ecs-hvm-" + IMAGE_VERSION + "-kernel-6.1-x86_64",
                        "Amazon Linux AMI 2023.0.20260213 x86_64 ECS HVM EBS", true, ECS_AL2023),
                new Ami(id(region, "ecs-al2"), "amzn2-ami-ecs-hvm-2.0.20260213-x86_64-ebs",
                        "Amazon Linux AMI 2.0.20260213 x86_64 ECS HVM GP2", true, ECS_AL2),
                new Ami(id(region, "al2023"), "al2023-ami-2023.10.20260216.0-kernel-6.1-x86_64",
                        "Amazon Linux 2023 AMI 2023.10.20260216.0 x86_64 HVM kernel-6.1", false, AL2023),
                new Ami(id(region, "al2"), "amzn2-ami-hvm-2.0.20260216.0-x86_64-gp2",
                        "Amazon Linux 2 AMI 2.0.20260216.0 x86_64 HVM gp2", false, AL2));
    }

    public static Optional<Ami> byId(String region, String imageId) {
        return inRegion(region).stream().filter(a -> a.imageId().equals(imageId)).findFirst();
    }

    private static String id(String region, String label) {
        long h = 0xcbf29ce484222325L;
        for (char c : (region + "/" + label).toCharArray()) h = (h ^ c) * 0x100000001b3L;
        String hex = String.format("%016x", h);
        return "ami-0" + hex;
    }
}
