package dockyard.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Takes full-page screenshots of pages of a running server for a person to look at: laptop (1280) and phone
 * (390) width, light and dark. Usage: {@code Screenshots BASE_URL OUT_DIR LANG PATH...}; the file names are
 * the path's letters plus the size and scheme. {@code -Dclip=Y,HEIGHT} keeps one band of each page.
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path out = Path.of(args[1]);
        String lang = args[2];
        Files.createDirectories(out);
        try (Browser browser = Browser.launch()) {
            for (boolean phone : new boolean[]{false, true}) {
                for (ColorScheme scheme : new ColorScheme[]{ColorScheme.LIGHT, ColorScheme.DARK}) {
                    BrowserContext ctx = phone ? browser.newPhoneContext(lang) : browser.newContext(lang);
                    Page page = ctx.newPage();
                    page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
                    for (int i = 3; i < args.length; i++) {
                        page.navigate(base + args[i]);
                        String name = args[i].replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "");
                        if (name.isEmpty()) name = "home";
                        String file = name + "-" + lang + "-" + (phone ? "390" : "1280") + "-" + scheme.name().toLowerCase() + ".png";
                        Page.ScreenshotOptions options = new Page.ScreenshotOptions().setPath(out.resolve(file)).setFullPage(true);
                        String clip = System.getProperty("clip"); // "y,height": a band of the page, to look at closely
                        if (clip != null) {
                            String[] c = clip.split(",");
                            int width = phone ? 390 : 1280;
                            options.setClip(0, Double.parseDouble(c[0]), width, Double.parseDouble(c[1]));
                        }
                        page.screenshot(options);
                    }
                    ctx.close();
                }
            }
        }
    }
}
