package dockyard.sim.docker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An image's run configuration, as {@code docker inspect} shows it under {@code Config}.
 *
 * @param env          {@code KEY=value} entries, in order
 * @param entrypoint   exec-form ENTRYPOINT, or null
 * @param cmd          exec-form CMD (shell form is already {@code ["/bin/sh","-c",...]}), or null
 * @param workingDir   WORKDIR, {@code ""} for {@code /}
 * @param exposedPorts e.g. {@code 80/tcp}, in order of appearance
 * @param user         USER, {@code ""} for root
 * @param healthcheck  HEALTHCHECK test (e.g. {@code ["CMD-SHELL","curl -f http://localhost/"]}), or null
 * @param labels       LABEL key/values, in order
 * @param stopSignal   STOPSIGNAL, {@code ""} for SIGTERM
 */
public record ImageConfig(List<String> env, List<String> entrypoint, List<String> cmd, String workingDir,
                          List<String> exposedPorts, String user, List<String> healthcheck,
                          Map<String, String> labels, String stopSignal) {
    public static final String DEFAULT_PATH = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    public ImageConfig {
        env = List.copyOf(env);
        entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
        cmd = cmd == null ? null : List.copyOf(cmd);
        exposedPorts = List.copyOf(exposedPorts);
        healthcheck = healthcheck == null ? null : List.copyOf(healthcheck);
        labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    /** The configuration of {@code FROM scratch}. */
    public static ImageConfig scratch() {
        return new ImageConfig(List.of(DEFAULT_PATH), null, null, "", List.of(), "", null, Map.of(), "");
    }

    /** The environment as a map (later entries win). */
    public Map<String, String> envMap() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String e : env) {
            int i = e.indexOf('=');
            if (i > 0) m.put(e.substring(0, i), e.substring(i + 1));
        }
        return m;
    }

    /** The process a container of this image runs: ENTRYPOINT followed by CMD. */
    public List<String> process() {
        List<String> p = new ArrayList<>();
        if (entrypoint != null) p.addAll(entrypoint);
        if (cmd != null) p.addAll(cmd);
        return p;
    }

    public ImageConfig withEnv(String key, String value) {
        Map<String, String> m = envMap();
        m.put(key, value);
        List<String> e = new ArrayList<>();
        m.forEach((k, v) -> e.add(k + "=" + v));
        return new ImageConfig(e, entrypoint, cmd, workingDir, exposedPorts, user, healthcheck, labels, stopSignal);
    }

    public ImageConfig withEntrypoint(List<String> ep) {
        // Docker: setting ENTRYPOINT resets a CMD inherited from the base image.
        return new ImageConfig(env, ep, null, workingDir, exposedPorts, user, healthcheck, labels, stopSignal);
    }

    public ImageConfig withCmd(List<String> c) {
        return new ImageConfig(env, entrypoint, c, workingDir, exposedPorts, user, healthcheck, labels, stopSignal);
    }

    public ImageConfig withWorkingDir(String dir) {
        return new ImageConfig(env, entrypoint, cmd, dir, exposedPorts, user, healthcheck, labels, stopSignal);
    }

    public ImageConfig withExposed(String port) {
        List<String> p = new ArrayList<>(exposedPorts);
        if (!p.contains(port)) p.add(port);
        return new ImageConfig(env, entrypoint, cmd, workingDir, p, user, healthcheck, labels, stopSignal);
    }

    public ImageConfig withUser(String u) {
        return new ImageConfig(env, entrypoint, cmd, workingDir, exposedPorts, u, healthcheck, labels, stopSignal);
    }

    public ImageConfig withHealthcheck(List<String> test) {
        return new ImageConfig(env, entrypoint, cmd, workingDir, exposedPorts, user, test, labels, stopSignal);
    }

    public ImageConfig withLabel(String key, String value) {
        Map<String, String> l = new LinkedHashMap<>(labels);
        l.put(key, value);
        return new ImageConfig(env, entrypoint, cmd, workingDir, exposedPorts, user, healthcheck, l, stopSignal);
    }

    public ImageConfig withStopSignal(String s) {
        return new ImageConfig(env, entrypoint, cmd, workingDir, exposedPorts, user, healthcheck, labels, s);
    }

    /** A stable text form, hashed into image IDs. */
    String canonical() {
        return "env=" + env + "\nentrypoint=" + entrypoint + "\ncmd=" + cmd + "\nworkdir=" + workingDir
                + "\nexposed=" + exposedPorts + "\nuser=" + user + "\nhealthcheck=" + healthcheck
                + "\nlabels=" + labels + "\nstopsignal=" + stopSignal;
    }
}
