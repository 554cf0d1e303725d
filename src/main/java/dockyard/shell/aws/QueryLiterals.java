package dockyard.shell.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** {@code --query} literals as Python's jmespath reads them. */
final class QueryLiterals {
    private static final ObjectMapper JSON = new ObjectMapper();

    private QueryLiterals() {
    }

    /**
     * Python's jmespath (which the AWS CLI uses) still accepts a JSON literal that is not valid JSON, such as
     * {@code `CPU`}, as the string {@code "CPU"} (deprecated, but in AWS's own examples); the Java library does not,
     * so such literals are quoted first.
     */
    static String quoteLegacy(String query) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (c == '\'' ) {
                int end = query.indexOf('\'', i + 1);
                if (end < 0) end = query.length() - 1;
                out.append(query, i, end + 1);
                i = end + 1;
                continue;
            }
            if (c != '`') {
                out.append(c);
                i++;
                continue;
            }
            int j = i + 1;
            StringBuilder lit = new StringBuilder();
            while (j < query.length() && query.charAt(j) != '`') {
                if (query.charAt(j) == '\\' && j + 1 < query.length() && query.charAt(j + 1) == '`') j++;
                lit.append(query.charAt(j++));
            }
            if (j >= query.length()) {
                out.append(query.substring(i));
                break;
            }
            String text = lit.toString();
            if (!validJson(text)) {
                text = JsonNodeFactory.instance.textNode(text.strip()).toString();
            }
            out.append('`').append(text.replace("`", "\\`")).append('`');
            i = j + 1;
        }
        return out.toString();
    }

    private static boolean validJson(String text) {
        try {
            JSON.readTree(text);
            return !text.isBlank();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return false;
        }
    }
}
