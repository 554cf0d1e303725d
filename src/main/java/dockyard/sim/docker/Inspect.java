package dockyard.sim.docker;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.Json;
import dockyard.sim.Kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code docker inspect}: the JSON Docker prints for containers and images (the commonly read fields). */
public final class Inspect {
    /** The objects found, in the order asked, and Docker's error line for each name that matched nothing. */
    public record Found(List<JsonNode> objects, List<String> errors) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Inspect() {
    }

    static Found objects(LocalDocker docker, LocalContainers containers, List<String> names, String type) {
        List<JsonNode> out = new ArrayList<>();
        List<String> err = new ArrayList<>();
        for (String n : names) {
            LocalContainers.Entry e = "image".equals(type) ? null : containers.find(n);
            if (e != null) {
                out.add(container(e));
                continue;
            }
            Image img = "container".equals(type) ? null : docker.images.find(n).orElse(null);
            if (img != null) out.add(image(docker, img));
            else err.add("Error: No such " + (type == null ? "object" : type) + ": " + n);
        }
        return new Found(out, err);
    }

    static DockerResult inspect(LocalDocker docker, LocalContainers containers, List<String> names, String type) {
        Found found = objects(docker, containers, names, type);
        ArrayNode out = Json.array();
        found.objects().forEach(out::add);
        List<String> err = found.errors();
        List<String> lines = List.of(pretty(out).split("\n"));
        return new DockerResult(out.isEmpty() ? List.of("[]") : lines, err, err.isEmpty() ? 0 : 1);
    }

    private static String pretty(JsonNode node) {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("    ", "\n"))
                .withArrayIndenter(new DefaultIndenter("    ", "\n"));
        try {
            return MAPPER.writer(pp).writeValueAsString(node).replace("\" : ", "\": ");
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static String time(long simMillis) {
        return Kernel.EPOCH.plusMillis(simMillis).toString();
    }

    private static ObjectNode config(ImageConfig c, String hostname) {
        ObjectNode o = Json.object();
        if (hostname != null) o.put("Hostname", hostname);
        o.put("User", c.user());
        if (!c.exposedPorts().isEmpty()) {
            ObjectNode p = o.putObject("ExposedPorts");
            for (String e : c.exposedPorts()) p.putObject(e);
        }
        ArrayNode env = o.putArray("Env");
        c.env().forEach(env::add);
        if (c.cmd() == null) o.putNull("Cmd");
        else c.cmd().forEach(o.putArray("Cmd")::add);
        if (c.healthcheck() != null) c.healthcheck().forEach(o.putObject("Healthcheck").putArray("Test")::add);
        o.put("Image", "");
        o.put("WorkingDir", c.workingDir());
        if (c.entrypoint() == null) o.putNull("Entrypoint");
        else c.entrypoint().forEach(o.putArray("Entrypoint")::add);
        ObjectNode labels = o.putObject("Labels");
        c.labels().forEach(labels::put);
        if (!c.stopSignal().isEmpty()) o.put("StopSignal", c.stopSignal());
        return o;
    }

    private static ObjectNode image(LocalDocker docker, Image img) {
        ObjectNode o = Json.object();
        o.put("Id", img.id());
        ArrayNode tags = o.putArray("RepoTags");
        for (ImageRef r : docker.images.tagsOf(img.id())) tags.add(r.familiar());
        ArrayNode digests = o.putArray("RepoDigests");
        for (String d : docker.images.repoDigests.getOrDefault(img.id(), java.util.Set.of())) digests.add(LocalDocker.familiar(d));
        o.put("Created", time(img.created()));
        o.set("Config", config(img.config(), null));
        o.put("Architecture", "amd64");
        o.put("Os", "linux");
        o.put("Size", img.sizeBytes());
        ObjectNode root = o.putObject("RootFS");
        root.put("Type", "layers");
        ArrayNode layers = root.putArray("Layers");
        img.layers().forEach(l -> layers.add(l.digest()));
        return o;
    }

    private static ObjectNode container(LocalContainers.Entry e) {
        ObjectNode o = Json.object();
        o.put("Id", e.id);
        o.put("Created", time(e.created));
        List<String> process = e.container != null ? e.container.spec().process() : e.image.config().process();
        o.put("Path", process.isEmpty() ? "" : process.get(0));
        ArrayNode args = o.putArray("Args");
        process.stream().skip(1).forEach(args::add);
        ObjectNode state = o.putObject("State");
        RunningContainer c = e.container;
        boolean running = c != null && c.running();
        state.put("Status", c == null || e.startFailed ? "created" : running ? "running" : "exited");
        state.put("Running", running);
        state.put("OOMKilled", c != null && c.oomKilled());
        state.put("ExitCode", c == null ? (e.startFailed ? 127 : 0) : running ? 0 : c.exitCode());
        state.put("StartedAt", c == null ? "0001-01-01T00:00:00Z" : time(c.startedAt()));
        state.put("FinishedAt", c == null || running ? "0001-01-01T00:00:00Z" : time(c.finishedAt()));
        o.put("Image", e.image.id());
        o.put("Name", "/" + e.name);
        ImageConfig cfg = e.image.config();
        if (c != null) {
            for (Map.Entry<String, String> kv : c.spec().environment().entrySet()) cfg = cfg.withEnv(kv.getKey(), kv.getValue());
        }
        ObjectNode config = config(cfg, e.id.substring(0, 12));
        config.put("Image", e.imageAsGiven);
        o.set("HostConfig", hostConfig(e, c));
        o.set("Mounts", mounts(e));
        o.set("Config", config);
        ObjectNode net = o.putObject("NetworkSettings");
        net.put("IPAddress", running ? c.ipAddress() : "");
        ObjectNode bridge = net.putObject("Networks").putObject("bridge");
        bridge.put("Gateway", running ? "172.17.0.1" : "");
        bridge.put("IPAddress", running ? c.ipAddress() : "");
        bridge.put("IPPrefixLen", running ? 16 : 0);
        ObjectNode ports = net.putObject("Ports");
        if (running) {
            for (int[] p : e.ports) {
                ArrayNode b = ports.putArray(p[1] + "/tcp");
                b.addObject().put("HostIp", "0.0.0.0").put("HostPort", String.valueOf(p[0]));
                b.addObject().put("HostIp", "::").put("HostPort", String.valueOf(p[0]));
            }
        }
        return o;
    }

    /** Docker's HostConfig: what {@code docker run} asked of the host (memory in bytes; ports as published). */
    private static ObjectNode hostConfig(LocalContainers.Entry e, RunningContainer c) {
        ObjectNode h = Json.object();
        List<String> volumes = e.options == null ? List.of() : e.options.volumes();
        List<String> binds = volumes.stream().filter(v -> !isNamedVolume(v)).toList();
        if (binds.isEmpty()) h.putNull("Binds");
        else binds.forEach(h.putArray("Binds")::add);
        h.put("NetworkMode", "bridge");
        ObjectNode ports = h.putObject("PortBindings");
        for (int[] p : e.ports) ports.putArray(p[1] + "/tcp").addObject().put("HostIp", "").put("HostPort", String.valueOf(p[0]));
        h.putObject("RestartPolicy").put("Name", "no").put("MaximumRetryCount", 0);
        h.put("AutoRemove", e.options != null && e.options.remove());
        h.put("Memory", c == null ? 0L : c.spec().memoryMiB() * 1024L * 1024L);
        return h;
    }

    /** Docker's Mounts: one entry per {@code -v}, a bind mount for a path, a local volume for a name. */
    private static ArrayNode mounts(LocalContainers.Entry e) {
        ArrayNode out = Json.array();
        for (String v : e.options == null ? List.<String>of() : e.options.volumes()) {
            String[] parts = v.split(":");
            if (parts.length < 2) continue;
            boolean readOnly = parts.length > 2 && parts[2].contains("ro");
            ObjectNode m = out.addObject();
            if (isNamedVolume(v)) {
                m.put("Type", "volume");
                m.put("Name", parts[0]);
                m.put("Source", "/var/lib/docker/volumes/" + parts[0] + "/_data");
                m.put("Destination", parts[1]);
                m.put("Driver", "local");
                m.put("Mode", parts.length > 2 ? parts[2] : "z");
            } else {
                m.put("Type", "bind");
                m.put("Source", FsPath.resolve(e.options.cwd(), parts[0]));
                m.put("Destination", parts[1]);
                m.put("Mode", parts.length > 2 ? parts[2] : "");
            }
            m.put("RW", !readOnly);
            m.put("Propagation", isNamedVolume(v) ? "" : "rprivate");
        }
        return out;
    }

    private static boolean isNamedVolume(String spec) {
        String src = spec.split(":")[0];
        return !src.startsWith("/") && !src.startsWith(".") && !src.startsWith("~");
    }
}
