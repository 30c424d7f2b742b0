package org.svosim.agents.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prompt templates of a run, by name (see {@link TemplateNames}), with {@code {{variable}}}
 * placeholders. The defaults are the project's own wording, loaded from resource files; a
 * config may replace any of them (e.g. with the exact words of a paper). Immutable.
 *
 * <p>Rendering replaces every placeholder in one pass (a value that itself contains
 * {@code {{...}}} is not expanded again) and removes trailing spaces from every line, so an
 * empty variable at the end of a line leaves no stray whitespace. Variables a template does not
 * use are ignored.
 */
public final class PromptTemplates {
    private static final PromptTemplates DEFAULTS = loadDefaults();

    private final Map<String, String> templates;
    private final Map<String, CompiledTemplate> compiled = new HashMap<>();

    private PromptTemplates(Map<String, String> templates) {
        this.templates = Collections.unmodifiableMap(new LinkedHashMap<>(templates));
        this.templates.forEach((name, text) -> compiled.put(name, CompiledTemplate.of(text)));
    }

    /** The project's default wording for every template. */
    public static PromptTemplates defaults() {
        return DEFAULTS;
    }

    /**
     * A copy in which the given templates replace the current ones.
     *
     * @throws IllegalArgumentException if a name is not a template name or a text is null
     */
    public PromptTemplates withOverrides(Map<String, String> overrides) {
        Map<String, String> merged = new LinkedHashMap<>(templates);
        overrides.forEach((name, text) -> {
            if (!templates.containsKey(name)) {
                throw new IllegalArgumentException("unknown prompt template '" + name + "' (valid names: "
                        + String.join(", ", names()) + ")");
            }
            if (text == null) {
                throw new IllegalArgumentException("prompt template '" + name + "' has no text");
            }
            merged.put(name, normalise(text));
        });
        return new PromptTemplates(merged);
    }

    /** Every template name, in a stable order. */
    public List<String> names() {
        return List.copyOf(templates.keySet());
    }

    /** The raw text of a template, placeholders included. */
    public String text(String name) {
        String text = templates.get(name);
        if (text == null) {
            throw new IllegalArgumentException("unknown prompt template '" + name + "' (valid names: "
                    + String.join(", ", names()) + ")");
        }
        return text;
    }

    /**
     * The template with every {@code {{variable}}} replaced by its value.
     *
     * @throws IllegalArgumentException if the template is unknown or a placeholder has no value
     */
    public String render(String name, Map<String, String> vars) {
        CompiledTemplate compiled = this.compiled.get(name);
        if (compiled == null) {
            text(name);
        }
        return compiled.render(name, vars);
    }

    private static PromptTemplates loadDefaults() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : TemplateNames.ALL) {
            String resource = name + ".txt";
            try (InputStream in = PromptTemplates.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("default prompt template resource missing: " + resource);
                }
                texts.put(name, normalise(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read prompt template resource " + resource, e);
            }
        }
        return new PromptTemplates(texts);
    }

    /** Unix line ends, no trailing line breaks (a text file's final newline is not part of the prompt). */
    private static String normalise(String text) {
        return text.replace("\r\n", "\n").replaceAll("\\n+$", "");
    }
}
