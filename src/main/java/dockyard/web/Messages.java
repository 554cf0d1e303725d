package dockyard.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** The ko/en UI strings, from {@code i18n/messages_<lang>.properties} (UTF-8). */
public final class Messages {
    public static final Set<String> LANGUAGES = Set.of("ko", "en");
    private final Map<String, Properties> bundles;

    private Messages(Map<String, Properties> bundles) {
        this.bundles = bundles;
    }

    /** Reads the bundles from the classpath, or from {@code diskFolder} when it is given (dev mode). */
    public static Messages load(Path diskFolder) {
        return new Messages(Map.of("ko", read("ko", diskFolder), "en", read("en", diskFolder)));
    }

    private static Properties read(String lang, Path diskFolder) {
        String name = "messages_" + lang + ".properties";
        Properties p = new Properties();
        try (InputStream in = diskFolder != null
                ? Files.newInputStream(diskFolder.resolve(name))
                : Messages.class.getResourceAsStream("/i18n/" + name)) {
            if (in == null) throw new IllegalStateException("missing message bundle " + name);
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The message, formatted with {@link MessageFormat}; a missing key shows as {@code ??key??} so it is seen. */
    public String get(String lang, String key, Object... args) {
        Properties p = bundles.getOrDefault(lang, bundles.get("ko"));
        String pattern = p.getProperty(key);
        if (pattern == null) return "??" + key + "??";
        if (args == null || args.length == 0) return pattern;
        return new MessageFormat(pattern, Locale.forLanguageTag(lang)).format(args);
    }

    public boolean has(String lang, String key) {
        Properties p = bundles.get(lang);
        return p != null && p.containsKey(key);
    }

    public Set<String> keys(String lang) {
        return bundles.get(lang).stringPropertyNames();
    }
}
