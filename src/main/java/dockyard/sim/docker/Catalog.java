package dockyard.sim.docker;

import dockyard.sim.Kernel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public images the simulator knows: Docker Hub official images (and {@code amazon/aws-cli}) and an ECR Public
 * gallery. Built once per JVM and shared by every world (immutable). Sizes are the uncompressed sizes
 * {@code docker images} shows for linux/amd64 (hub.docker.com tag pages, early 2026); digests are content
 * addresses of the simulated images, stable across seeds.
 */
public final class Catalog {
    /** Images by {@code registry/repository}, then tag. */
    private static final Map<String, Map<String, Image>> IMAGES = build();

    private Catalog() {
    }

    /** The image {@code ref} names, if the catalog has it (by tag, or by manifest digest). */
    public static Optional<Image> find(ImageRef ref) {
        Map<String, Image> tags = IMAGES.get(ref.registry() + "/" + ref.repository());
        if (tags == null) return Optional.empty();
        if (ref.digest() != null) {
            return tags.values().stream().filter(i -> i.manifestDigest().equals(ref.digest())).findFirst();
        }
        return Optional.ofNullable(tags.get(ref.tag()));
    }

    /** Whether the registry has this repository at all (to tell "no such repository" from "no such tag"). */
    public static boolean hasRepository(ImageRef ref) {
        return IMAGES.containsKey(ref.registry() + "/" + ref.repository());
    }

    /** Tags of a repository, in catalog order (for content authors and tests). */
    public static List<String> tags(String registryAndRepository) {
        Map<String, Image> t = IMAGES.get(registryAndRepository);
        return t == null ? List.of() : List.copyOf(t.keySet());
    }

    // --- the catalog ---

    private static final long MB = 1_000_000L;

    private static Map<String, Map<String, Image>> build() {
        Map<String, Map<String, Image>> m = new LinkedHashMap<>();
        Filesystem debian = os("debian", "Debian GNU/Linux 12 (bookworm)", true, "apt-get");
        Filesystem ubuntu = os("ubuntu", "Ubuntu 24.04.2 LTS", true, "apt-get");
        Filesystem jammy = os("ubuntu", "Ubuntu 22.04.5 LTS", true, "apt-get");
        Filesystem alpine = os("alpine", "Alpine Linux v3.21", false, "apk");
        Filesystem busybox = os("busybox", "BusyBox v1.37.0", false, null);
        Filesystem al2023 = os("amzn", "Amazon Linux 2023.6.20250218", true, "dnf");
        Filesystem al2 = os("amzn", "Amazon Linux 2", true, "yum");

        ImageConfig sh = ImageConfig.scratch().withCmd(List.of("/bin/sh"));
        ImageConfig bash = ImageConfig.scratch().withCmd(List.of("/bin/bash"));
        hub(m, "library/alpine", List.of("latest", "3.21", "3"), alpine, 7_830_000, "2025-02-14", sh, Map.of());
        hub(m, "library/alpine", List.of("3.20"), alpine, 7_800_000, "2025-02-14", sh, Map.of());
        hub(m, "library/busybox", List.of("latest", "1.37", "stable"), busybox, 4_270_000, "2024-09-26", ImageConfig.scratch().withCmd(List.of("sh")), Map.of());
        hub(m, "library/ubuntu", List.of("latest", "24.04", "noble"), ubuntu, 78_100_000, "2025-02-10", bash, Map.of());
        hub(m, "library/ubuntu", List.of("22.04", "jammy"), jammy, 77_900_000, "2025-02-10", bash, Map.of());
        ImageConfig debianCmd = ImageConfig.scratch().withCmd(List.of("bash"));
        hub(m, "library/debian", List.of("latest", "bookworm", "12"), debian, 117_000_000, "2025-02-24", debianCmd, Map.of());
        hub(m, "library/debian", List.of("bookworm-slim", "12-slim", "stable-slim"), debian, 74_800_000, "2025-02-24", debianCmd, Map.of());
        hub(m, "library/amazonlinux", List.of("latest", "2023"), al2023, 144_000_000, "2025-02-20", bash, Map.of());
        hub(m, "library/amazonlinux", List.of("2"), al2, 164_000_000, "2025-02-20", bash, Map.of());

        ImageConfig nginx = ImageConfig.scratch().withEnv("NGINX_VERSION", "1.27.4").withEnv("NJS_VERSION", "0.8.9")
                .withEntrypoint(List.of("/docker-entrypoint.sh")).withCmd(List.of("nginx", "-g", "daemon off;"))
                .withExposed("80/tcp").withStopSignal("SIGQUIT")
                .withLabel("maintainer", "NGINX Docker Maintainers <docker-maint@nginx.com>");
        Map<String, String> nginxFiles = Map.of(
                "/usr/share/nginx/html/index.html", "<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n<p>If you see this page, the nginx web server is successfully installed and\nworking. Further configuration is required.</p>\n</body>\n</html>\n",
                "/etc/nginx/conf.d/default.conf", "server {\n    listen       80;\n    listen  [::]:80;\n    server_name  localhost;\n\n    location / {\n        root   /usr/share/nginx/html;\n        index  index.html index.htm;\n    }\n}\n",
                "/usr/sbin/nginx", "", "/docker-entrypoint.sh", "", "/usr/bin/curl", "");
        hub(m, "library/nginx", List.of("latest", "1.27", "1.27.4", "mainline"), debian, 192_000_000, "2025-02-05", nginx, nginxFiles);
        hub(m, "library/nginx", List.of("alpine", "1.27-alpine", "mainline-alpine"), alpine, 47_900_000, "2025-02-05", nginx, nginxFiles);
        hub(m, "library/nginx", List.of("stable", "1.26"), debian, 188_000_000, "2025-02-05", nginx.withEnv("NGINX_VERSION", "1.26.3"), nginxFiles);

        ImageConfig httpd = ImageConfig.scratch().withEnv("HTTPD_PREFIX", "/usr/local/apache2").withEnv("HTTPD_VERSION", "2.4.63")
                .withWorkingDir("/usr/local/apache2").withCmd(List.of("httpd-foreground")).withExposed("80/tcp").withStopSignal("SIGWINCH");
        Map<String, String> httpdFiles = Map.of("/usr/local/apache2/htdocs/index.html", "<html><body><h1>It works!</h1></body></html>\n",
                "/usr/local/bin/httpd-foreground", "", "/usr/local/apache2/bin/httpd", "");
        hub(m, "library/httpd", List.of("latest", "2.4", "2"), debian, 148_000_000, "2025-02-05", httpd, httpdFiles);
        hub(m, "library/httpd", List.of("alpine", "2.4-alpine"), alpine, 61_200_000, "2025-02-05", httpd, httpdFiles);

        ImageConfig python = ImageConfig.scratch().withEnv("LANG", "C.UTF-8").withEnv("GPG_KEY", "7169605F62C751356D054A26A821E680E5FA6305")
                .withEnv("PYTHON_VERSION", "3.13.2").withEnv("PYTHON_SHA256", "d984bcc57cd67caab26f7def42e523b1c015bbc5dc07836cf4f0b63fa159eb56")
                .withCmd(List.of("python3"));
        ImageConfig py312 = python.withEnv("PYTHON_VERSION", "3.12.9").withEnv("PYTHON_SHA256", "7220835d9f90b37c006e9842a8dff4580aaca4278674f2cb11be3c5b5b7dbe0");
        Map<String, String> pyFiles = Map.of("/usr/local/bin/python3", "", "/usr/local/bin/python", "", "/usr/local/bin/pip", "", "/usr/local/bin/pip3", "");
        // The full python and node images are built on buildpack-deps, which has curl; the slim and alpine ones do not.
        Map<String, String> pyFull = new java.util.HashMap<>(pyFiles);
        pyFull.put("/usr/bin/curl", "");
        hub(m, "library/python", List.of("latest", "3", "3.13", "3.13.2"), debian, 1_020_000_000, "2025-02-04", python, pyFull);
        hub(m, "library/python", List.of("3.13-slim", "slim"), debian, 121_000_000, "2025-02-04", python, pyFiles);
        hub(m, "library/python", List.of("3.12", "3.12.9"), debian, 1_020_000_000, "2025-02-04", py312, pyFull);
        hub(m, "library/python", List.of("3.12-slim", "3.12-slim-bookworm"), debian, 124_000_000, "2025-02-04", py312, pyFiles);
        hub(m, "library/python", List.of("3.12-alpine"), alpine, 57_600_000, "2025-02-04", py312, pyFiles);

        ImageConfig node = ImageConfig.scratch().withEnv("NODE_VERSION", "22.14.0").withEnv("YARN_VERSION", "1.22.22")
                .withEntrypoint(List.of("docker-entrypoint.sh")).withCmd(List.of("node"));
        Map<String, String> nodeFiles = Map.of("/usr/local/bin/node", "", "/usr/local/bin/npm", "", "/usr/local/bin/docker-entrypoint.sh", "");
        Map<String, String> nodeFull = new java.util.HashMap<>(nodeFiles);
        nodeFull.put("/usr/bin/curl", "");
        hub(m, "library/node", List.of("latest", "22", "lts", "22.14.0"), debian, 1_120_000_000, "2025-02-11", node, nodeFull);
        hub(m, "library/node", List.of("22-alpine", "lts-alpine", "alpine"), alpine, 160_000_000, "2025-02-11", node, nodeFiles);
        hub(m, "library/node", List.of("20", "20.18.3"), debian, 1_100_000_000, "2025-02-11", node.withEnv("NODE_VERSION", "20.18.3"), nodeFull);
        hub(m, "library/node", List.of("20-alpine"), alpine, 135_000_000, "2025-02-11", node.withEnv("NODE_VERSION", "20.18.3"), nodeFiles);

        ImageConfig corretto = bash.withEnv("LANG", "C.UTF-8").withEnv("JAVA_HOME", "/usr/lib/jvm/java-17-amazon-corretto");
        Map<String, String> javaFiles = Map.of("/usr/bin/java", "");
        hub(m, "library/amazoncorretto", List.of("17", "17-al2023"), al2023, 446_000_000, "2025-01-22", corretto, javaFiles);
        hub(m, "library/amazoncorretto", List.of("21", "21-al2023"), al2023, 462_000_000, "2025-01-22", corretto.withEnv("JAVA_HOME", "/usr/lib/jvm/java-21-amazon-corretto"), javaFiles);
        hub(m, "library/amazoncorretto", List.of("latest", "8"), al2, 379_000_000, "2025-01-22", corretto.withEnv("JAVA_HOME", "/usr/lib/jvm/java-1.8.0-amazon-corretto"), javaFiles);

        ImageConfig redis = ImageConfig.scratch().withEnv("REDIS_VERSION", "7.4.2").withWorkingDir("/data")
                .withEntrypoint(List.of("docker-entrypoint.sh")).withCmd(List.of("redis-server")).withExposed("6379/tcp");
        hub(m, "library/redis", List.of("latest", "7", "7.4"), debian, 117_000_000, "2025-01-07", redis, Map.of("/usr/local/bin/redis-server", "", "/usr/local/bin/docker-entrypoint.sh", ""));
        hub(m, "library/redis", List.of("alpine", "7-alpine"), alpine, 41_400_000, "2025-01-07", redis, Map.of("/usr/local/bin/redis-server", "", "/usr/local/bin/docker-entrypoint.sh", ""));
        ImageConfig postgres = ImageConfig.scratch().withEnv("PG_MAJOR", "17").withEnv("PG_VERSION", "17.4-1.pgdg120+2")
                .withEnv("PGDATA", "/var/lib/postgresql/data").withEntrypoint(List.of("docker-entrypoint.sh"))
                .withCmd(List.of("postgres")).withExposed("5432/tcp").withStopSignal("SIGINT");
        hub(m, "library/postgres", List.of("latest", "17", "17.4"), debian, 438_000_000, "2025-02-21", postgres, Map.of("/usr/lib/postgresql/17/bin/postgres", "", "/usr/local/bin/docker-entrypoint.sh", ""));
        hub(m, "library/postgres", List.of("16"), debian, 435_000_000, "2025-02-21", postgres.withEnv("PG_MAJOR", "16"), Map.of("/usr/lib/postgresql/16/bin/postgres", "", "/usr/local/bin/docker-entrypoint.sh", ""));
        ImageConfig mysql = ImageConfig.scratch().withEnv("MYSQL_MAJOR", "innovation").withEnv("MYSQL_VERSION", "9.2.0-1.el9")
                .withEntrypoint(List.of("docker-entrypoint.sh")).withCmd(List.of("mysqld")).withExposed("3306/tcp").withExposed("33060/tcp");
        hub(m, "library/mysql", List.of("latest", "9", "9.2"), al2023, 797_000_000, "2025-01-28", mysql, Map.of("/usr/sbin/mysqld", "", "/usr/local/bin/docker-entrypoint.sh", ""));
        hub(m, "library/mysql", List.of("8.4", "lts"), al2023, 764_000_000, "2025-01-28", mysql.withEnv("MYSQL_MAJOR", "8.4").withEnv("MYSQL_VERSION", "8.4.4-1.el9"), Map.of("/usr/sbin/mysqld", "", "/usr/local/bin/docker-entrypoint.sh", ""));
        ImageConfig awsCli = ImageConfig.scratch().withWorkingDir("/aws").withEntrypoint(List.of("/usr/local/bin/aws"));
        hub(m, "amazon/aws-cli", List.of("latest", "2.24.10"), al2, 406_000_000, "2025-02-21", awsCli, Map.of("/usr/local/bin/aws", ""));

        // ECR Public: the Docker official images mirrored under docker/library, plus vendors' own repositories (gallery.ecr.aws).
        for (String name : List.of("alpine", "busybox", "ubuntu", "debian", "nginx", "httpd", "python", "node", "redis", "postgres", "amazonlinux")) {
            m.put("public.ecr.aws/docker/library/" + name, m.get("docker.io/library/" + name));
        }
        m.put("public.ecr.aws/nginx/nginx", m.get("docker.io/library/nginx"));
        m.put("public.ecr.aws/aws-cli/aws-cli", m.get("docker.io/amazon/aws-cli"));
        m.put("public.ecr.aws/amazonlinux/amazonlinux", m.get("docker.io/library/amazonlinux"));
        ImageConfig sample = httpd.withCmd(List.of("httpd-foreground"));
        Map<String, Image> samples = new LinkedHashMap<>();
        Image s = image("public.ecr.aws/ecs-sample-image/amazon-ecs-sample", "latest", al2, 395_000_000, "2023-05-10", sample,
                Map.of("/usr/local/apache2/htdocs/index.html", "<html><head><title>Amazon ECS Sample App</title></head><body><h1>Amazon ECS Sample App</h1><h2>Congratulations!</h2><p>Your application is now running on a container in Amazon ECS.</p></body></html>\n",
                        "/usr/local/bin/httpd-foreground", ""));
        samples.put("latest", s);
        m.put("public.ecr.aws/ecs-sample-image/amazon-ecs-sample", samples);
        return java.util.Collections.unmodifiableMap(m);
    }

    private static void hub(Map<String, Map<String, Image>> m, String repo, List<String> tags, Filesystem base, long size,
                            String date, ImageConfig config, Map<String, String> files) {
        Image img = image("docker.io/" + repo, tags.get(0), base, size, date, config, files);
        Map<String, Image> byTag = m.computeIfAbsent("docker.io/" + repo, k -> new LinkedHashMap<>());
        for (String t : tags) byTag.put(t, img);
    }

    private static Image image(String name, String firstTag, Filesystem base, long size, String date, ImageConfig config,
                               Map<String, String> files) {
        long created = Instant.parse(date + "T00:00:00Z").toEpochMilli() - Kernel.EPOCH.toEpochMilli();
        String os = base.read("/etc/os-release").orElse("");
        List<Layer> history = new ArrayList<>();
        long baseSize = Math.min(size, osSize(os));
        history.add(new Layer(Digests.sha256("os-layer\n" + os), baseSize, "ADD rootfs.tar.gz / # buildkit", created));
        long rest = size - baseSize;
        int extra = rest <= 0 ? 0 : (int) Math.min(4, 1 + rest / (40 * MB));
        for (int i = 0; i < extra; i++) {
            long part = i == extra - 1 ? rest - (rest / extra) * (extra - 1) : rest / extra;
            history.add(new Layer(Digests.sha256("layer\n" + name + ":" + firstTag + "\n" + i + "\n" + config.canonical()), part,
                    "RUN /bin/sh -c set -eux; # buildkit (" + name.substring(name.lastIndexOf('/') + 1) + " " + (i + 1) + "/" + extra + ")", created));
        }
        history.add(new Layer(null, 0, config.entrypoint() != null ? "ENTRYPOINT " + config.entrypoint() : "CMD " + config.cmd(), created));
        Filesystem fs = base.overlay();
        files.forEach((p, text) -> {
            if (text.isEmpty()) fs.writeBinary(p, 1_200_000);
            else fs.write(p, text);
        });
        if (config.workingDir() != null && !config.workingDir().isEmpty()) fs.mkdirs(config.workingDir());
        fs.freeze();
        return new Image(Image.idOf(config, history), history, config, fs, created);
    }

    private static long osSize(String os) {
        if (os.contains("Alpine")) return 7_830_000;
        if (os.contains("BusyBox")) return 4_270_000;
        if (os.contains("Ubuntu")) return 78_000_000;
        if (os.contains("Amazon")) return 144_000_000;
        return 74_800_000;
    }

    private static Filesystem os(String id, String pretty, boolean gnu, String packageManager) {
        Filesystem fs = Filesystem.empty();
        fs.write("/etc/os-release", "PRETTY_NAME=\"" + pretty + "\"\nID=" + id + "\n");
        fs.write("/etc/hostname", "localhost\n");
        for (String bin : List.of("sh", "cat", "echo", "sleep", "ls", "mkdir", "rm", "cp", "mv", "touch", "env", "printenv",
                "date", "true", "false", "pwd", "head", "tail", "wc", "grep", "sed", "hostname", "id", "whoami", "test",
                "chmod", "chown", "ln", "sort", "uniq", "tr", "cut", "xargs", "find", "tar", "gzip", "ps", "kill", "uname")) {
            fs.writeBinary("/bin/" + bin, gnu ? 125_640 : 0);
        }
        for (String bin : gnu ? List.of("useradd", "groupadd", "usermod") : List.of("adduser", "addgroup", "wget")) {
            fs.writeBinary((gnu ? "/usr/sbin/" : "/bin/") + bin, gnu ? 140_000 : 0);
        }
        if (gnu) {
            fs.writeBinary("/bin/bash", 1_265_648);
            fs.writeBinary("/usr/bin/env", 48_536);
        } else {
            fs.writeBinary("/bin/busybox", 1_015_592);
        }
        if (id.equals("amzn")) fs.writeBinary("/usr/bin/curl", 250_000);
        if (packageManager != null) fs.writeBinary((packageManager.equals("apk") ? "/sbin/" : "/usr/bin/") + packageManager, 350_000);
        fs.mkdirs("/tmp");
        fs.mkdirs("/root");
        fs.mkdirs("/home");
        return fs.freeze();
    }
}
