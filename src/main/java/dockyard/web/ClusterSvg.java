package dockyard.web;

import dockyard.learn.sandbox.ClusterSnapshot;
import dockyard.learn.sandbox.ClusterSnapshot.FileSystem;
import dockyard.learn.sandbox.ClusterSnapshot.Host;
import dockyard.learn.sandbox.ClusterSnapshot.Repository;
import dockyard.learn.sandbox.ClusterSnapshot.Task;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Draws a {@link ClusterSnapshot} as SVG: availability zones as columns, EC2 hosts with CPU and memory bars and
 * their tasks, a Fargate lane, EFS file systems spanning the zones they have mount targets in, and the ECR
 * registries. Every element is focusable and carries its details (a {@code <title>} and {@code data-details})
 * for the page's details panel. Colours come from CSS classes; statuses are also written out as text.
 */
final class ClusterSvg {
    private static final int COL = 216;
    private static final int GAP = 10;
    private static final int PAD = 12;
    private static final int TASK_H = 40;
    private static final int LABEL_X = 0;

    private final Function<String, String> text;
    private final StringBuilder svg = new StringBuilder();

    private ClusterSvg(Function<String, String> text) {
        this.text = text;
    }

    /** The SVG markup; {@code text} looks up a message key in the learner's language. */
    static String render(ClusterSnapshot c, Function<String, String> text) {
        return new ClusterSvg(text).draw(c);
    }

    private String draw(ClusterSnapshot c) {
        List<String> zones = new ArrayList<>(c.zones());
        if (zones.isEmpty()) zones.add("-");
        int width = zones.size() * (COL + GAP) + GAP;
        StringBuilder body = new StringBuilder();
        int y = 0;
        for (int z = 0; z < zones.size(); z++) {
            body.append(textAt(x(z) + 4, y + 18, zones.get(z), "cv-zone"));
            body.append("<rect class=\"cv-column\" x=\"").append(x(z) - 6).append("\" y=\"").append(y + 26)
                    .append("\" width=\"").append(COL + 12).append("\" height=\"__COLH__\" rx=\"10\"/>");
        }
        y += 34;
        y = section(body, y, text.apply("sandbox.cluster.ec2"));
        int ec2Top = y;
        int ec2Bottom = y;
        for (int z = 0; z < zones.size(); z++) {
            int yy = ec2Top;
            for (Host h : c.hosts()) {
                if (!zoneOf(h.zone(), zones).equals(zones.get(z))) continue;
                yy = host(body, x(z), yy, h, c.tasks());
            }
            ec2Bottom = Math.max(ec2Bottom, yy);
        }
        if (ec2Bottom == ec2Top) {
            body.append(textAt(PAD + 4, ec2Top + 16, text.apply("sandbox.cluster.noHosts"), "cv-empty"));
            ec2Bottom += 26;
        }
        y = section(body, ec2Bottom + 6, text.apply("sandbox.cluster.fargate"));
        int fgTop = y;
        int fgBottom = y;
        for (int z = 0; z < zones.size(); z++) {
            int yy = fgTop;
            for (Task t : c.tasks()) {
                if (!t.fargate() || !zoneOf(t.zone(), zones).equals(zones.get(z))) continue;
                task(body, x(z) + 4, yy, COL - 8, t);
                yy += TASK_H + 6;
            }
            fgBottom = Math.max(fgBottom, yy);
        }
        if (fgBottom == fgTop) {
            body.append(textAt(PAD + 4, fgTop + 16, text.apply("sandbox.cluster.noFargate"), "cv-empty"));
            fgBottom += 26;
        }
        y = section(body, fgBottom + 6, text.apply("sandbox.cluster.efs"));
        if (c.fileSystems().isEmpty()) {
            body.append(textAt(PAD + 4, y + 16, text.apply("sandbox.cluster.noEfs"), "cv-empty"));
            y += 26;
        }
        for (FileSystem f : c.fileSystems()) y = fileSystem(body, y, f, zones);
        int colHeight = y - 26;
        y = section(body, y + 10, text.apply("sandbox.cluster.registries"));
        if (c.repositories().isEmpty()) {
            body.append(textAt(PAD + 4, y + 16, text.apply("sandbox.cluster.noRepositories"), "cv-empty"));
            y += 26;
        }
        y = repositories(body, y, c.repositories(), width);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"cluster-svg\" viewBox=\"0 0 ").append(width).append(' ').append(y + 8)
                .append("\" width=\"").append(width).append("\" aria-labelledby=\"cluster-svg-title\"><title id=\"cluster-svg-title\">")
                .append(esc(text.apply("sandbox.cluster.svgTitle"))).append("</title>")
                .append(body.toString().replace("__COLH__", String.valueOf(Math.max(20, colHeight - 8)))).append("</svg>");
        return svg.toString();
    }

    private int section(StringBuilder b, int y, String label) {
        b.append(textAt(PAD + LABEL_X, y + 16, label, "cv-section"));
        return y + 24;
    }

    private int host(StringBuilder b, int x, int y, Host h, List<Task> tasks) {
        List<Task> mine = tasks.stream().filter(t -> !t.fargate() && h.instanceId().equals(t.instanceId())).toList();
        int height = 74 + mine.size() * (TASK_H + 6);
        String status = h.registered() ? h.cluster() + " · " + h.containerInstanceStatus() : text.apply("sandbox.cluster.notRegistered");
        String details = h.instanceId() + " (" + h.instanceType() + ", " + h.state() + ")\n" + status
                + (h.registered() ? "\nCPU " + h.cpuReserved() + "/" + h.cpuRegistered() + " · " + text.apply("sandbox.cluster.memory")
                + " " + h.memoryReserved() + "/" + h.memoryRegistered() + " MiB" + (h.agentConnected() ? "" : "\nagentConnected=false") : "");
        b.append(open("cv-host" + (h.registered() ? "" : " cv-unregistered"), details));
        b.append(rect(x, y, COL, height, "cv-host-box"));
        b.append(textAt(x + 10, y + 18, h.instanceId(), "cv-title"));
        b.append(textAt(x + 10, y + 34, clip(h.instanceType() + " · " + h.state() + " · " + status, 36), "cv-sub"));
        if (h.registered()) {
            bar(b, x + 10, y + 44, "CPU", h.cpuReserved(), h.cpuRegistered());
            bar(b, x + 10, y + 58, text.apply("sandbox.cluster.memory"), h.memoryReserved(), h.memoryRegistered());
        }
        b.append("</g>");
        int ty = y + 72;
        for (Task t : mine) {
            task(b, x + 8, ty, COL - 16, t);
            ty += TASK_H + 6;
        }
        return y + height + 8;
    }

    private void bar(StringBuilder b, int x, int y, String label, int used, int total) {
        int w = 80;
        int filled = total <= 0 ? 0 : (int) Math.round(w * Math.min(1.0, (double) used / total));
        b.append(textAt(x, y + 9, label, "cv-bar-label"));
        b.append(rect(x + 46, y + 1, w, 9, "cv-bar"));
        if (filled > 0) b.append(rect(x + 46, y + 1, filled, 9, "cv-bar-used"));
        b.append(textAt(x + 46 + w + 5, y + 9, used + "/" + total, "cv-bar-label"));
    }

    private void task(StringBuilder b, int x, int y, int w, Task t) {
        String status = t.lastStatus().toLowerCase(Locale.ROOT);
        String ports = t.hostPorts().isEmpty() ? "" : " · " + text.apply("sandbox.cluster.ports") + " " + join(t.hostPorts());
        String eni = t.eni() == null ? "" : " · " + t.eni() + (t.ip() == null ? "" : " " + t.ip());
        String details = t.family() + " · " + t.id() + "\nlastStatus " + t.lastStatus() + " · desiredStatus " + t.desiredStatus()
                + "\n" + t.launchType() + " · " + t.cluster() + (t.zone() == null ? "" : " · " + t.zone())
                + (t.cpu() == null ? "" : "\nCPU " + t.cpu() + " · " + text.apply("sandbox.cluster.memory") + " " + t.memory())
                + ports + eni + (t.stoppedReason() == null ? "" : "\nstoppedReason: " + t.stoppedReason());
        b.append(open("cv-task cv-s-" + status.replaceAll("[^a-z]", ""), details));
        b.append(rect(x, y, w, TASK_H, "cv-task-box"));
        b.append(textAt(x + 8, y + 16, clip(t.family(), 18), "cv-title"));
        b.append(textAt(x + w - 8, y + 16, t.lastStatus(), "cv-status cv-end"));
        b.append(textAt(x + 8, y + 32, clip(t.id().substring(0, Math.min(8, t.id().length())) + ports + eni, 34), "cv-sub"));
        b.append("</g>");
    }

    private int fileSystem(StringBuilder b, int y, FileSystem f, List<String> zones) {
        int first = -1;
        int last = -1;
        for (int z = 0; z < zones.size(); z++) {
            if (f.mountTargetZones().contains(zones.get(z))) {
                if (first < 0) first = z;
                last = z;
            }
        }
        String details = f.id() + (f.name().isEmpty() ? "" : " (" + f.name() + ")") + " · " + f.state() + "\n"
                + text.apply("sandbox.cluster.mountTargets") + ": " + (f.mountTargetZones().isEmpty() ? "-" : String.join(", ", f.mountTargetZones()));
        int x0 = first < 0 ? x(0) : x(first);
        int x1 = first < 0 ? x(0) + COL : x(last) + COL;
        b.append(open("cv-efs" + (first < 0 ? " cv-unmounted" : ""), details));
        b.append(rect(x0, y, x1 - x0, 30, "cv-efs-box"));
        b.append(textAt(x0 + 10, y + 19, clip(f.id() + (f.name().isEmpty() ? "" : "  " + f.name()), first == last ? 22 : 60) + "  · "
                + (first < 0 ? text.apply("sandbox.cluster.noMountTargets") : f.mountTargetZones().size() + " AZ"), "cv-title"));
        b.append("</g>");
        return y + 38;
    }

    private int repositories(StringBuilder b, int y, List<Repository> repos, int width) {
        int x = PAD;
        int rowH = 0;
        for (Repository r : repos) {
            int h = 30 + Math.max(1, Math.min(6, r.tags().size())) * 16;
            if (x + COL > width) {
                x = PAD;
                y += rowH + 8;
                rowH = 0;
            }
            b.append(open("cv-repo", r.uri() + "\n" + (r.tags().isEmpty() ? text.apply("sandbox.cluster.noImages") : String.join(", ", r.tags()))));
            b.append(rect(x, y, COL, h, "cv-repo-box"));
            b.append(textAt(x + 10, y + 18, clip(r.name(), 28), "cv-title"));
            List<String> shown = r.tags().isEmpty() ? List.of(text.apply("sandbox.cluster.noImages")) : r.tags().subList(0, Math.min(6, r.tags().size()));
            for (int i = 0; i < shown.size(); i++) b.append(textAt(x + 16, y + 36 + i * 16, "▪ " + clip(shown.get(i), 30), "cv-sub"));
            b.append("</g>");
            rowH = Math.max(rowH, h);
            x += COL + GAP;
        }
        return y + rowH + 4;
    }

    private static String zoneOf(String zone, List<String> zones) {
        return zone != null && zones.contains(zone) ? zone : zones.get(0);
    }

    private static int x(int column) {
        return GAP + column * (COL + GAP);
    }

    private static String open(String cls, String details) {
        return "<g class=\"cv-item " + cls + "\" tabindex=\"0\" data-details=\"" + esc(details) + "\"><title>" + esc(details) + "</title>";
    }

    private static String rect(int x, int y, int w, int h, String cls) {
        return "<rect class=\"" + cls + "\" x=\"" + x + "\" y=\"" + y + "\" width=\"" + w + "\" height=\"" + h + "\" rx=\"6\"/>";
    }

    private static String textAt(int x, int y, String s, String cls) {
        return "<text class=\"" + cls + "\" x=\"" + x + "\" y=\"" + y + "\">" + esc(s) + "</text>";
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private static String join(List<Integer> ports) {
        return String.join(",", ports.stream().map(String::valueOf).toList());
    }

    static String esc(String s) {
        StringBuilder o = new StringBuilder(s.length() + 16);
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> o.append("&lt;");
                case '>' -> o.append("&gt;");
                case '&' -> o.append("&amp;");
                case '"' -> o.append("&quot;");
                case '\n' -> o.append("&#10;");
                default -> o.append(ch);
            }
        }
        return o.toString();
    }
}
