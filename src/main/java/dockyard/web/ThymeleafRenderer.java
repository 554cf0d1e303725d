package dockyard.web;


import io.javalin.rendering.FileRenderer;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** Javalin's one-method FileRenderer over Thymeleaf; {@code #{key}} reads our ko/en bundles. */
public final class ThymeleafRenderer implements FileRenderer {
    private final TemplateEngine engine = new TemplateEngine();

    public ThymeleafRenderer(Path diskTemplates, Supplier<Messages> messages) {
        AbstractConfigurableTemplateResolver resolver;
        if (diskTemplates != null) {
            resolver = new FileTemplateResolver();
            resolver.setPrefix(diskTemplates.toAbsolutePath() + "/");
            resolver.setCacheable(false);
        } else {
            resolver = new ClassLoaderTemplateResolver();
            resolver.setPrefix("templates/");
            resolver.setCacheable(true);
        }
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new AbstractMessageResolver() {
            @Override
            public String resolveMessage(org.thymeleaf.context.ITemplateContext context, Class<?> origin, String key, Object[] args) {
                return messages.get().get(context.getLocale().getLanguage(), key, args);
            }

            @Override
            public String createAbsentMessageRepresentation(org.thymeleaf.context.ITemplateContext context, Class<?> origin, String key, Object[] args) {
                return "??" + key + "??";
            }
        });
    }

    @Override
    public String render(String filePath, Map<String, ?> model, io.javalin.http.Context ctx) {
        Context tc = new Context(Locale.forLanguageTag(Languages.of(ctx)));
        model.forEach(tc::setVariable);
        String name = filePath.endsWith(".html") ? filePath.substring(0, filePath.length() - 5) : filePath;
        return engine.process(name, tc);
    }
}
