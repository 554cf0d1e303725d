package dockyard.sim.docker;

import java.util.List;

/** {@code test} / {@code [ ... ]}: file tests, string tests and integer comparisons; returns 0 (true) or 1. */
final class Test {
    private Test() {
    }

    static int eval(List<String> a, ShellState st) {
        if (a.isEmpty()) return 1;
        if (a.get(0).equals("!")) return eval(a.subList(1, a.size()), st) == 0 ? 1 : 0;
        if (a.size() == 1) return a.get(0).isEmpty() ? 1 : 0;
        if (a.size() == 2) {
            String p = FsPath.resolve(st.cwd, a.get(1));
            boolean r = switch (a.get(0)) {
                case "-f" -> st.fs.isFile(p);
                case "-d" -> st.fs.isDirectory(p);
                case "-e" -> st.fs.exists(p);
                case "-s" -> st.fs.size(p) > 0;
                case "-n" -> !a.get(1).isEmpty();
                case "-z" -> a.get(1).isEmpty();
                default -> false;
            };
            return r ? 0 : 1;
        }
        String l = a.get(0);
        String r = a.get(2);
        boolean ok = switch (a.get(1)) {
            case "=", "==" -> l.equals(r);
            case "!=" -> !l.equals(r);
            case "-eq" -> num(l) == num(r);
            case "-ne" -> num(l) != num(r);
            case "-gt" -> num(l) > num(r);
            case "-ge" -> num(l) >= num(r);
            case "-lt" -> num(l) < num(r);
            case "-le" -> num(l) <= num(r);
            default -> false;
        };
        return ok ? 0 : 1;
    }

    private static long num(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
