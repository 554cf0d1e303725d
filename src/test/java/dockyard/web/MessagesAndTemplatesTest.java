package dockyard.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every UI string comes from both bundles: no key only in one language, no human text typed into a template. */
class MessagesAndTemplatesTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final List<String> ATTRIBUTES = List.of("alt", "title", "aria-label", "placeholder");
    /** Attributes whose presence means Thymeleaf replaces the element's text. */
    private static final List<String> REPLACES_TEXT = List.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove");

    @Test
    void bothBundlesHaveTheSameKeys() {
        Messages messages = Messages.load(null);
        Set<String> ko = new TreeSet<>(messages.keys("ko"));
        Set<String> en = new TreeSet<>(messages.keys("en"));
        Set<String> onlyKo = new TreeSet<>(ko);
        onlyKo.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(ko);
        assertThat(onlyKo).as("keys missing in messages_en.properties").isEmpty();
        assertThat(onlyEn).as("keys missing in messages_ko.properties").isEmpty();
        for (String key : ko) {
            assertThat(messages.get("ko", key)).as("ko " + key).isNotBlank();
            assertThat(messages.get("en", key)).as("en " + key).isNotBlank();
        }
    }

    @Test
    void everyMessageKeyATemplateNamesExists() throws IOException {
        Messages messages = Messages.load(null);
        java.util.regex.Pattern key = java.util.regex.Pattern.compile("#\\{([a-zA-Z0-9_.]+)[(}]");
        List<String> missing = new ArrayList<>();
        for (Path t : templates()) {
            var m = key.matcher(Files.readString(t));
            while (m.find()) {
                if (!messages.has("ko", m.group(1)) || !messages.has("en", m.group(1))) missing.add(t.getFileName() + ": " + m.group(1));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noTemplateHasAHardCodedHumanString() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path t : templates()) {
            Document doc = Jsoup.parse(Files.readString(t), "", Parser.xmlParser());
            for (Element el : doc.getAllElements()) {
                for (String a : ATTRIBUTES) {
                    if (el.hasAttr(a) && isHuman(el.attr(a)) && !el.hasAttr("th:" + a) && !el.hasAttr("th:attr")) {
                        found.add(t.getFileName() + ": " + a + "=\"" + el.attr(a) + "\" on <" + el.tagName() + ">");
                    }
                }
                if (replacesText(el)) continue;
                for (Node child : el.childNodes()) {
                    if (child instanceof TextNode text && isHuman(text.text()) && !insideReplaced(el)) {
                        found.add(t.getFileName() + ": text \"" + text.text().strip() + "\" in <" + el.tagName() + ">");
                    }
                }
            }
        }
        assertThat(found).as("UI text belongs in the ko/en bundles (#{key})").isEmpty();
    }

    @Test
    void theCheckSeesAHardCodedString() {
        Document doc = Jsoup.parse("<p>Hello <b th:text=\"#{x}\">fine</b></p><img alt=\"A cat\">", "", Parser.xmlParser());
        assertThat(isHuman(doc.selectFirst("p").textNodes().get(0).text())).isTrue();
        assertThat(replacesText(doc.selectFirst("b"))).isTrue();
        assertThat(isHuman(doc.selectFirst("img").attr("alt"))).isTrue();
        assertThat(isHuman(" → / · 12 ")).isFalse();
    }

    private static boolean replacesText(Element el) {
        return REPLACES_TEXT.stream().anyMatch(el::hasAttr);
    }

    private static boolean insideReplaced(Element el) {
        for (Element p = el; p != null; p = p.parent()) if (replacesText(p)) return true;
        return false;
    }

    /** Letters of any script count as human text; punctuation, symbols and numbers alone do not. */
    private static boolean isHuman(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> walk = Files.walk(TEMPLATES)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
