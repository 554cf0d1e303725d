package dockyard.shell.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.shell.Io;
import dockyard.shell.Timestamps;
import dockyard.sim.Caller;
import dockyard.sim.World;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The high-level {@code aws s3 mb|rb|ls|cp|rm} commands over the S3 API, printing what the AWS CLI prints
 * ({@code make_bucket: b}, {@code upload: ./a.txt to s3://b/a.txt}); a failed transfer exits 1.
 */
final class S3Commands {
    static final Set<String> COMMANDS = Set.of("mb", "rb", "ls", "cp", "rm");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final World world;
    private final AwsCli.Invocation inv;
    private final Io io;
    private final Optional<Caller> principal;
    private final LocalFiles files;
    private final Catalogue.Service api;

    S3Commands(AwsCli cli, World world, AwsCli.Invocation inv, Io io, Optional<Caller> principal, LocalFiles files) {
        this.world = world;
        this.inv = inv;
        this.io = io;
        this.principal = principal;
        this.files = files;
        this.api = cli.catalogue().service("s3api");
    }

    int run(String cmd, List<String> args) throws CliError {
        List<String> paths = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--")) throw Usage.unknownOptions(List.of(a), List.of());
            paths.add(a);
        }
        return switch (cmd) {
            case "mb", "rb" -> bucketCommand(cmd, one(paths, "path"));
            case "ls" -> ls(paths.isEmpty() ? null : paths.get(0));
            case "rm" -> rm(one(paths, "paths"));
            default -> cp(paths);
        };
    }

    private static String one(List<String> paths, String what) throws CliError {
        if (paths.isEmpty()) throw Usage.error("the following arguments are required: " + what);
        if (paths.size() > 1) throw Usage.unknownOptions(paths.subList(1, paths.size()), List.of());
        return paths.get(0);
    }

    private record S3Path(String bucket, String key) {
        static S3Path parse(String s) {
            String rest = s.substring(5);
            int slash = rest.indexOf('/');
            return slash < 0 ? new S3Path(rest, "") : new S3Path(rest.substring(0, slash), rest.substring(slash + 1));
        }
    }

    private int bucketCommand(String cmd, String path) throws CliError {
        if (!path.startsWith("s3://")) throw CliError.usage("\n<S3Uri> must start with s3://: " + path + "\n");
        S3Path p = S3Path.parse(path);
        ObjectNode req = F.objectNode().put("Bucket", p.bucket());
        String op = cmd.equals("mb") ? "CreateBucket" : "DeleteBucket";
        if (cmd.equals("mb") && !inv.region().equals("us-east-1")) {
            req.putObject("CreateBucketConfiguration").put("LocationConstraint", inv.region());
        }
        String label = cmd.equals("mb") ? "make_bucket" : "remove_bucket";
        try {
            AwsCli.call(world, api, op, req, caller());
        } catch (CliError e) {
            if (e.exit() != 254) throw e;
            io.err().write(label + " failed: " + path + " " + e.getMessage().strip() + "\n");
            return 1;
        }
        io.println(label + ": " + p.bucket());
        return 0;
    }

    private int ls(String path) throws CliError {
        if (path == null || path.equals("s3://")) {
            JsonNode out = AwsCli.call(world, api, "ListBuckets", F.objectNode(), caller());
            for (JsonNode b : out.path("Buckets")) io.println(date(b.path("CreationDate")) + " " + b.path("Name").asText());
            return 0;
        }
        if (!path.startsWith("s3://")) throw CliError.usage("\n<S3Uri> must start with s3://: " + path + "\n");
        S3Path p = S3Path.parse(path);
        ObjectNode req = F.objectNode().put("Bucket", p.bucket()).put("Prefix", p.key()).put("Delimiter", "/");
        JsonNode out = AwsCli.call(world, api, "ListObjectsV2", req, caller());
        int prefixLength = p.key().lastIndexOf('/') + 1;
        for (JsonNode cp : out.path("CommonPrefixes")) {
            io.println(" ".repeat(27) + "PRE " + cp.path("Prefix").asText().substring(prefixLength));
        }
        boolean any = out.path("CommonPrefixes").size() > 0;
        for (JsonNode o : out.path("Contents")) {
            any = true;
            io.println(date(o.path("LastModified")) + " " + String.format("%10d", o.path("Size").asLong()) + " "
                    + o.path("Key").asText().substring(prefixLength));
        }
        return any ? 0 : 1;
    }

    private int rm(String path) throws CliError {
        if (!path.startsWith("s3://")) throw CliError.usage("\n<S3Uri> must start with s3://: " + path + "\n");
        S3Path p = S3Path.parse(path);
        try {
            AwsCli.call(world, api, "DeleteObject", F.objectNode().put("Bucket", p.bucket()).put("Key", p.key()), caller());
        } catch (CliError e) {
            if (e.exit() != 254) throw e;
            io.err().write("delete failed: " + path + " " + e.getMessage().strip() + "\n");
            return 1;
        }
        io.println("delete: " + path);
        return 0;
    }

    private int cp(List<String> paths) throws CliError {
        if (paths.size() < 2) throw Usage.error("the following arguments are required: paths");
        if (paths.size() > 2) throw Usage.unknownOptions(paths.subList(2, paths.size()), List.of());
        String src = paths.get(0);
        String dst = paths.get(1);
        boolean up = !src.startsWith("s3://") && dst.startsWith("s3://");
        boolean down = src.startsWith("s3://") && !dst.startsWith("s3://");
        if (src.startsWith("s3://") && dst.startsWith("s3://")) return copy(src, dst);
        if (!up && !down) throw CliError.usage("\nError: Invalid argument type\n");
        if (up) {
            String text = files.read(src).orElse(null);
            if (text == null) {
                io.err().write("\nThe user-provided path " + src + " does not exist.\n");
                return 255;
            }
            S3Path d = S3Path.parse(dst);
            String key = d.key().isEmpty() || d.key().endsWith("/") ? d.key() + baseName(src) : d.key();
            String shown = "s3://" + d.bucket() + "/" + key;
            try {
                AwsCli.call(world, api, "PutObject", F.objectNode().put("Bucket", d.bucket()).put("Key", key).put("Body", text), caller());
            } catch (CliError e) {
                if (e.exit() != 254) throw e;
                io.err().write("upload failed: " + src + " to " + shown + " " + e.getMessage().strip() + "\n");
                return 1;
            }
            io.println("upload: " + src + " to " + shown);
            return 0;
        }
        S3Path s = S3Path.parse(src);
        JsonNode out;
        try {
            out = AwsCli.call(world, api, "GetObject", F.objectNode().put("Bucket", s.bucket()).put("Key", s.key()), caller());
        } catch (CliError e) {
            if (e.exit() != 254) throw e;
            io.err().write("download failed: " + src + " to " + dst + " " + e.getMessage().strip() + "\n");
            return 1;
        }
        String target = dst.endsWith("/") || dst.equals(".") ? (dst.equals(".") ? "./" : dst) + baseName(s.key()) : dst;
        files.write(target, out.path("Body").asText());
        io.println("download: " + src + " to " + target);
        return 0;
    }

    /** Bucket to bucket: a server-side CopyObject, printed as the CLI does ("copy: s3://… to s3://…"). */
    private int copy(String src, String dst) throws CliError {
        S3Path s = S3Path.parse(src);
        S3Path d = S3Path.parse(dst);
        String key = d.key().isEmpty() || d.key().endsWith("/") ? d.key() + baseName(s.key()) : d.key();
        String shown = "s3://" + d.bucket() + "/" + key;
        try {
            AwsCli.call(world, api, "CopyObject", F.objectNode().put("Bucket", d.bucket()).put("Key", key)
                    .put("CopySource", s.bucket() + "/" + s.key()), caller());
        } catch (CliError e) {
            if (e.exit() != 254) throw e;
            io.err().write("copy failed: " + src + " to " + shown + " " + e.getMessage().strip() + "\n");
            return 1;
        }
        io.println("copy: " + src + " to " + shown);
        return 0;
    }

    private static String baseName(String p) {
        return p.substring(p.lastIndexOf('/') + 1);
    }

    private Caller caller() throws CliError {
        return AwsCli.caller(principal, inv.region());
    }

    private static String date(JsonNode ts) {
        String iso = ts.isNumber() ? Timestamps.aws(ts.asDouble()) : ts.asText();
        return iso.length() >= 19 ? iso.substring(0, 10) + " " + iso.substring(11, 19) : iso;
    }
}
