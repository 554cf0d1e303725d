package dockyard.sim.ecs;

/**
 * The Fargate task size table (DG task-cpu-memory-error; 8 and 16 vCPU need platform 1.4.0+). CPU in units,
 * memory in MiB.
 */
final class FargateSizes {
    private FargateSizes() {
    }

    static boolean valid(int cpu, int memory) {
        return switch (cpu) {
            case 256 -> memory == 512 || memory == 1024 || memory == 2048;
            case 512 -> memory >= 1024 && memory <= 4096 && memory % 1024 == 0;
            case 1024 -> memory >= 2048 && memory <= 8192 && memory % 1024 == 0;
            case 2048 -> memory >= 4096 && memory <= 16384 && memory % 1024 == 0;
            case 4096 -> memory >= 8192 && memory <= 30720 && memory % 1024 == 0;
            case 8192 -> memory >= 16384 && memory <= 61440 && memory % 4096 == 0;
            case 16384 -> memory >= 32768 && memory <= 122880 && memory % 8192 == 0;
            default -> false;
        };
    }
}
