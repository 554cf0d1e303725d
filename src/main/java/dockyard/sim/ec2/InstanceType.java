package dockyard.sim.ec2;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An EC2 instance type: vCPUs, memory in MiB and the most network interfaces it takes (primary included),
 * from EC2UG general-purpose-instances, compute-optimized-instances and using-eni.
 *
 * <p>{@link #registeredMemoryMiB()} is the memory the ECS agent registers. AWS publishes no table; the OS
 * sees less than the nominal size (DG memory-management: an m4.large of 8 GiB registers ~7985 MiB, a t2.micro
 * ~983 MiB). The model here: 96% of nominal, rounded down (t3.micro 983, m5.large 7864, t3.xlarge 15728).
 */
public record InstanceType(String name, int vcpus, int memoryMiB, int maxEnis) {
    private static final Map<String, InstanceType> TYPES = catalog();

    private static Map<String, InstanceType> catalog() {
        Map<String, InstanceType> m = new LinkedHashMap<>();
        for (InstanceType t : new InstanceType[]{
                new InstanceType("t2.micro", 1, 1024, 2), new InstanceType("t2.small", 1, 2048, 3),
                new InstanceType("t2.medium", 2, 4096, 3),
                new InstanceType("t3.nano", 2, 512, 2), new InstanceType("t3.micro", 2, 1024, 2),
                new InstanceType("t3.small", 2, 2048, 3), new InstanceType("t3.medium", 2, 4096, 3),
                new InstanceType("t3.large", 2, 8192, 3), new InstanceType("t3.xlarge", 4, 16384, 4),
                new InstanceType("m5.large", 2, 8192, 3), new InstanceType("m5.xlarge", 4, 16384, 4),
                new InstanceType("m5.2xlarge", 8, 32768, 4),
                new InstanceType("c5.large", 2, 4096, 3), new InstanceType("c5.xlarge", 4, 8192, 4)}) {
            m.put(t.name, t);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    public static Optional<InstanceType> named(String name) {
        return Optional.ofNullable(TYPES.get(name));
    }

    /** ECS CPU units: 1,024 per vCPU (DG service-event-messages). */
    public int cpuUnits() {
        return vcpus * 1024;
    }

    /** MEMORY the ECS agent registers, in MiB (see the class comment for the model). */
    public int registeredMemoryMiB() {
        return memoryMiB * 96 / 100;
    }

    /** Threads per core: burstable t2 have 1 thread per core, the others 2. */
    public int threadsPerCore() {
        return name.startsWith("t2.") ? 1 : 2;
    }
}
