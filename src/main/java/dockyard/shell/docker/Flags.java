package dockyard.shell.docker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Docker's command-line flags (spf13/pflag): {@code -t x}, {@code -tx}, {@code --tag x}, {@code --tag=x}, grouped
 * boolean shorthands ({@code -it}); for {@code docker run}, flags stop at the first argument (the image).
 */
final class Flags {
    /** A usage error with Docker's message; exit 125 as the docker CLI gives for flag errors. */
    static final class Error extends Exception {
        Error(String message) {
            super(message, null, false, false);
        }
    }

    private record Flag(String name, boolean value) {
    }

    private final Map<String, Flag> byName = new HashMap<>();
    private final boolean interspersed;
    final Map<String, List<String>> values = new LinkedHashMap<>();
    final List<String> args = new ArrayList<>();

    /**
     * @param spec e.g. {@code "t|tag=", "f|file=", "build-arg=", "q|quiet"}: a trailing {@code =} takes a value
     */
    Flags(boolean interspersed, String... spec) {
        this.interspersed = interspersed;
        for (String s : spec) {
            boolean value = s.endsWith("=");
            String names = value ? s.substring(0, s.length() - 1) : s;
            String[] parts = names.split("\\|");
            String canonical = parts[parts.length - 1];
            for (String p : parts) byName.put(p, new Flag(canonical, value));
        }
        byName.put("help", new Flag("help", false));
    }

    Flags parse(List<String> in) throws Error {
        for (int i = 0; i < in.size(); i++) {
            String a = in.get(i);
            if (a.equals("--")) {
                args.addAll(in.subList(i + 1, in.size()));
                break;
            }
            if (a.startsWith("--") && a.length() > 2) {
                String name = a.substring(2);
                String inline = null;
                if (name.contains("=")) {
                    inline = name.substring(name.indexOf('=') + 1);
                    name = name.substring(0, name.indexOf('='));
                }
                Flag f = byName.get(name);
                if (f == null || name.length() == 1) throw new Error("unknown flag: --" + name);
                if (f.value) {
                    if (inline == null) {
                        if (i + 1 >= in.size()) throw new Error("flag needs an argument: --" + name);
                        inline = in.get(++i);
                    }
                    put(f.name, inline);
                } else {
                    put(f.name, inline == null ? "true" : inline);
                }
            } else if (a.startsWith("-") && a.length() > 1) {
                for (int k = 1; k < a.length(); k++) {
                    String c = String.valueOf(a.charAt(k));
                    Flag f = byName.get(c);
                    if (f == null) throw new Error("unknown shorthand flag: '" + c + "' in " + a);
                    if (f.value) {
                        String v = a.substring(k + 1);
                        if (v.isEmpty()) {
                            if (i + 1 >= in.size()) throw new Error("flag needs an argument: '" + c + "' in " + a);
                            v = in.get(++i);
                        }
                        put(f.name, v);
                        break;
                    }
                    put(f.name, "true");
                }
            } else {
                args.add(a);
                if (!interspersed) {
                    args.addAll(in.subList(i + 1, in.size()));
                    break;
                }
            }
        }
        return this;
    }

    private void put(String name, String v) {
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(v);
    }

    boolean has(String name) {
        return values.containsKey(name) && !values.get(name).get(values.get(name).size() - 1).equals("false");
    }

    String value(String name) {
        List<String> v = values.get(name);
        return v == null ? null : v.get(v.size() - 1);
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }
}
