package dockyard.shell.aws;

import java.util.Map;
import java.util.Set;

/** {@code aws help}, {@code aws <service> help} and {@code aws <service> <operation> help}, built from the catalogue. */
final class Help {
    private Help() {
    }

    static String top(Set<String> services) {
        StringBuilder sb = new StringBuilder("AWS()\n\nNAME\n       aws -\n\nDESCRIPTION\n"
                + "       The  AWS  Command  Line  Interface is a unified tool to manage your AWS\n       services.\n\n"
                + "SYNOPSIS\n          aws [options] <command> <subcommand> [parameters]\n\n"
                + "OPTIONS\n       --region (string)\n       --output (string): json, text, table\n       --query (string)\n"
                + "       --no-cli-pager (boolean)\n\nAVAILABLE SERVICES\n");
        for (String s : services) sb.append("       o ").append(s).append("\n\n");
        return sb.toString();
    }

    static String service(String service, Set<String> operations) {
        StringBuilder sb = new StringBuilder(service.toUpperCase() + "()\n\nNAME\n       " + service + " -\n\nAVAILABLE COMMANDS\n");
        for (String o : operations) sb.append("       o ").append(o).append("\n\n");
        return sb.toString();
    }

    static String operation(String service, Catalogue.Operation op) {
        StringBuilder sb = new StringBuilder(op.cliName().toUpperCase() + "()\n\nNAME\n       " + op.cliName() + " -\n\n");
        sb.append("DESCRIPTION\n       Calls the ").append(op.apiName()).append(" operation of ").append(service).append(".\n\n");
        sb.append("SYNOPSIS\n            ").append(op.cliName()).append('\n');
        for (Map.Entry<String, Shape.Member> p : op.params().entrySet()) {
            String arg = synopsis(p.getKey(), p.getValue());
            sb.append("          ").append(p.getValue().required() ? arg : "[" + arg + "]").append('\n');
        }
        sb.append("          [--cli-input-json <value>]\n\nOPTIONS\n");
        for (Map.Entry<String, Shape.Member> p : op.params().entrySet()) {
            Shape s = p.getValue().shape();
            sb.append("       ").append(p.getKey()).append(" (").append(s.label()).append(")\n");
            if (p.getValue().required()) sb.append("          [required]\n");
            if (s.type().equals("structure") && s.members() != null) {
                sb.append("          Shorthand Syntax:\n\n             ");
                StringBuilder sh = new StringBuilder();
                for (String m : s.members().keySet()) sh.append(sh.length() == 0 ? "" : ",").append(m).append("=").append(s.members().get(m).shape().label());
                sb.append(sh).append("\n");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String synopsis(String param, Shape.Member m) {
        return switch (m.shape().type()) {
            case "boolean" -> param + " | --no-" + param.substring(2);
            default -> param + " <value>";
        };
    }

    static String custom(String service, String op) {
        return op.toUpperCase() + "()\n\nNAME\n       " + op + " -\n\nDESCRIPTION\n       aws " + service + " " + op
                + " as the AWS CLI v2 provides it.\n";
    }
}
