package dockyard.sim.docker;

import java.util.List;

/** {@code docker run}'s {@code -p} and {@code -m} values. */
final class RunFlags {
    private RunFlags() {
    }

    /** Parses {@code -p} specs into [hostPort, containerPort] pairs added to {@code ports}; returns an error or null. */
    static String parsePorts(List<String> specs, List<int[]> ports) {
        for (String p : specs) {
            String s = p.replaceAll("/(tcp|udp)$", "");
            String[] parts = s.split(":");
            try {
                int host;
                int container;
                if (parts.length == 1) {
                    container = Integer.parseInt(parts[0]);
                    host = 32768 + ports.size();
                } else {
                    host = Integer.parseInt(parts[parts.length - 2]);
                    container = Integer.parseInt(parts[parts.length - 1]);
                }
                if (host < 1 || host > 65535 || container < 1 || container > 65535) throw new NumberFormatException();
                ports.add(new int[]{host, container});
            } catch (NumberFormatException ex) {
                return "invalid containerPort: " + p;
            }
        }
        return null;
    }

    /** {@code -m 512m} in MiB, or -1 when it is not a size. */
    static int memoryMiB(String m) {
        String s = m.trim().toLowerCase();
        long mult = 1;
        char last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
        if (last == 'b') s = s.substring(0, s.length() - 1);
        last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
        switch (last) {
            case 'k' -> mult = 1024;
            case 'm' -> mult = 1024 * 1024;
            case 'g' -> mult = 1024L * 1024 * 1024;
            default -> {
            }
        }
        if (mult != 1) s = s.substring(0, s.length() - 1);
        try {
            long bytes = Long.parseLong(s) * mult;
            return (int) Math.min(Integer.MAX_VALUE, bytes / (1024 * 1024));
        } catch (NumberFormatException ex) {
            return -1;
        }
    }
}
