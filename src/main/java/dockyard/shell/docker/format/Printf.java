package dockyard.shell.docker.format;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.function.Predicate;

/** The part of Go's {@code fmt.Sprintf} templates use: {@code %s %v %d %q %%}, with Go's {@code %!v(MISSING)} marks. */
final class Printf {
    private Printf() {
    }

    static String format(String f, List<JsonNode> args, Predicate<JsonNode> isMap) {
        StringBuilder b = new StringBuilder();
        int next = 0;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c != '%' || i + 1 >= f.length()) {
                b.append(c);
                continue;
            }
            char verb = f.charAt(++i);
            if (verb == '%') {
                b.append('%');
                continue;
            }
            if (next >= args.size()) {
                b.append("%!").append(verb).append("(MISSING)");
                continue;
            }
            JsonNode v = args.get(next++);
            switch (verb) {
                case 's', 'v' -> b.append(GoFmt.print(v, isMap));
                case 'd' -> b.append(v.isIntegralNumber() ? v.asText() : "%!d(" + GoFmt.type(v) + "=" + GoFmt.print(v, isMap) + ")");
                case 'q' -> b.append(v.isTextual() ? GoFmt.json(v, isMap) : "%!q(" + GoFmt.type(v) + "=" + GoFmt.print(v, isMap) + ")");
                default -> b.append("%!").append(verb).append("(").append(GoFmt.type(v)).append("=").append(GoFmt.print(v, isMap)).append(")");
            }
        }
        if (next < args.size()) {
            b.append("%!(EXTRA ");
            for (int k = next; k < args.size(); k++) {
                if (k > next) b.append(", ");
                b.append(GoFmt.type(args.get(k))).append("=").append(GoFmt.print(args.get(k), isMap));
            }
            b.append(")");
        }
        return b.toString();
    }
}
