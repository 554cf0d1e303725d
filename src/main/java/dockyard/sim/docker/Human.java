package dockyard.sim.docker;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** Docker's human-readable sizes, durations and tables (docker/go-units, the CLI's tabwriter). */
public final class Human {
    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB"};

    private Human() {
    }

    /** {@code HumanSizeWithPrecision(bytes, 3)}: decimal units, 3 significant digits ({@code 192MB}, {@code 7.83MB}). */
    public static String size(long bytes) {
        double v = bytes;
        int u = 0;
        while (v >= 1000 && u < UNITS.length - 1) {
            v /= 1000;
            u++;
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(3));
        return d.stripTrailingZeros().toPlainString() + UNITS[u];
    }

    /** {@code HumanDuration}: {@code Less than a second}, {@code 5 seconds}, {@code About a minute}, {@code 2 weeks}, ... */
    public static String duration(long millis) {
        long seconds = millis / 1000;
        long minutes = seconds / 60;
        long hours = Math.round(millis / 3_600_000.0);
        if (seconds < 1) return "Less than a second";
        if (seconds == 1) return "1 second";
        if (seconds < 60) return seconds + " seconds";
        if (minutes == 1) return "About a minute";
        if (minutes < 60) return minutes + " minutes";
        if (hours == 1) return "About an hour";
        if (hours < 48) return hours + " hours";
        if (hours < 24 * 7 * 2) return hours / 24 + " days";
        if (hours < 24 * 30 * 2) return hours / 24 / 7 + " weeks";
        if (hours < 24 * 365 * 2) return hours / 24 / 30 + " months";
        return hours / 24 / 365 + " years";
    }

    /** Go's {@code time.Time.String()} of a simulated time, as Docker's formatters print CreatedAt ({@code 2026-03-02 09:00:00 +0000 UTC}). */
    public static String goTime(long simMillis) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z 'UTC'")
                .format(dockyard.sim.Kernel.EPOCH.plusMillis(simMillis).atZone(java.time.ZoneOffset.UTC));
    }

    /** Docker's tables: tabwriter with minimum width 10 and padding 3; the last column is not padded. */
    public static List<String> table(List<List<String>> rows) {
        if (rows.isEmpty()) return List.of();
        int cols = rows.get(0).size();
        int[] width = new int[cols];
        for (List<String> r : rows) {
            for (int c = 0; c < cols - 1; c++) width[c] = Math.max(width[c], Math.max(10, r.get(c).length() + 3));
        }
        List<String> out = new ArrayList<>();
        for (List<String> r : rows) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                String cell = r.get(c);
                b.append(cell);
                if (c < cols - 1) b.append(" ".repeat(width[c] - cell.length()));
            }
            out.add(b.toString().stripTrailing());
        }
        return out;
    }
}
