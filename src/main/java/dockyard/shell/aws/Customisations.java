package dockyard.shell.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.shell.Io;
import dockyard.shell.Timestamps;
import dockyard.sim.Caller;
import dockyard.sim.World;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The AWS CLI's hand-written commands: {@code ecr get-login-password}, {@code sts get-caller-identity},
 * {@code ecs wait …}, {@code logs tail}, and {@code ec2 run-instances --count}; the high-level {@code s3} commands
 * live in {@link S3Commands}.
 */
final class Customisations {
    private final AwsCli cli;
    private final World world;
    private final AwsCli.Invocation inv;
    private final Io io;
    private final Optional<Caller> principal;
    private final LocalFiles files;

    Customisations(AwsCli cli, World world, AwsCli.Invocation inv, Io io, Optional<Caller> principal,
                   LocalFiles files) {
        this.cli = cli;
        this.world = world;
        this.inv = inv;
        this.io = io;
        this.principal = principal;
        this.files = files;
    }

    static Set<String> extraOperations(String service) {
        return switch (service) {
            case "ecr", "ecr-public" -> Set.of("get-login-password");
            case "ecs", "ec2", "dynamodb" -> Set.of("wait");
            case "logs" -> Set.of("tail");
            case "sts" -> Set.of("get-caller-identity");
            case "s3" -> S3Commands.COMMANDS;
            default -> Set.of();
        };
    }

    boolean handles(String service, String op) {
        return extraOperations(service).contains(op);
    }

    /** {@code ec2 run-instances --count N[:M]} stands for MinCount and MaxCount (default 1). */
    static List<String> rewrite(String service, String op, List<String> params) {
        if (!service.equals("ec2") || !op.equals("run-instances")) return params;
        List<String> out = new ArrayList<>();
        String count = "1";
        boolean explicit = params.contains("--min-count") || params.contains("--max-count");
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).equals("--count") && i + 1 < params.size()) {
                count = params.get(++i);
            } else if (params.get(i).startsWith("--count=")) {
                count = params.get(i).substring(8);
            } else {
                out.add(params.get(i));
            }
        }
        if (!explicit) {
            String[] mm = count.split(":", 2);
            out.addAll(List.of("--min-count", mm[0], "--max-count", mm.length > 1 ? mm[1] : mm[0]));
        }
        return out;
    }

    int run(String service, String op, List<String> args) throws CliError {
        if (!args.isEmpty() && args.get(args.size() - 1).equals("help")) {
            io.out().write(Help.custom(service, op));
            return 0;
        }
        return switch (service + " " + op) {
            case "ecr get-login-password", "ecr-public get-login-password" -> loginPassword(service, args);
            case "sts get-caller-identity" -> callerIdentity(args);
            case "ecs wait", "ec2 wait", "dynamodb wait" -> new Waiters(cli, world, inv, io, principal, files).run(service, args);
            case "logs tail" -> new LogsTail(world, inv, io, principal).run(args, cli.catalogue().service("logs"));
            default -> new S3Commands(cli, world, inv, io, principal, files).run(op, args);
        };
    }

    private int loginPassword(String service, List<String> args) throws CliError {
        if (!args.isEmpty()) throw Usage.unknownOptions(args, List.of());
        Catalogue.Service svc = cli.catalogue().service(service);
        // ECR Public's authorization tokens come from us-east-1 only (ECR Public user guide, "Registry authentication").
        String region = service.equals("ecr-public") ? "us-east-1" : inv.region();
        JsonNode out = AwsCli.call(world, svc, "GetAuthorizationToken", JsonNodeFactory.instance.objectNode(), AwsCli.caller(principal, region));
        JsonNode token = service.equals("ecr") ? out.path("authorizationData").path(0).path("authorizationToken")
                : out.path("authorizationData").path("authorizationToken");
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(token.asText()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = token.asText();
        }
        io.println(decoded.startsWith("AWS:") ? decoded.substring(4) : decoded);
        return 0;
    }

    private int callerIdentity(List<String> args) throws CliError {
        if (!args.isEmpty()) throw Usage.unknownOptions(args, List.of());
        Caller c = AwsCli.caller(principal, inv.region());
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        String arn = c.principalArn();
        String name = arn.substring(arn.lastIndexOf('/') + 1);
        boolean role = arn.contains(":role/") || arn.contains(":assumed-role/");
        String roleName = arn.contains(":assumed-role/") ? arn.split("/")[1] : name;
        // Unique ids: AIDA… for users, AROA…:session for roles (IAM user guide, "Unique identifiers").
        out.put("UserId", role ? "AROA" + pseudoId(roleName) + ":" + (arn.contains(":assumed-role/") ? name : "session") : "AIDA" + pseudoId(name));
        out.put("Account", Caller.ACCOUNT);
        out.put("Arn", arn.contains(":role/") ? "arn:aws:sts::" + Caller.ACCOUNT + ":assumed-role/" + roleName + "/session" : arn);
        cli.print(io, inv, null, "GetCallerIdentity", out);
        return 0;
    }

    /** A stable 17-character upper-case id derived from a name (no randomness, so replays agree). */
    private static String pseudoId(String name) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        long h = 1125899906842597L;
        for (char ch : name.toCharArray()) h = 31 * h + ch;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            sb.append(alphabet.charAt((int) Math.floorMod(h, 32L)));
            h = h * 6364136223846793005L + 1442695040888963407L;
        }
        return sb.toString();
    }

    static String iso(double epochSeconds) {
        return Timestamps.aws(epochSeconds);
    }
}
