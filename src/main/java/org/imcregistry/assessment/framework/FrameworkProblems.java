package org.imcregistry.assessment.framework;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imcregistry.common.Problem;
import tools.jackson.databind.JsonNode;

/**
 * Every problem of a framework file, each with its path as the first argument of its message, and the reads of keys
 * and texts that note a problem instead of stopping, so that an admin learns all of them at once.
 */
final class FrameworkProblems {

    private static final String KEY = "[a-z0-9][a-z0-9-]{0,59}";

    private final List<Problem> problems = new ArrayList<>();

    List<Problem> all() {
        return problems;
    }

    /** A required key ({@code governance}, {@code vision-1a}); null, noted, when missing. */
    @Nullable String key(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (!value.isString() || value.asString().isBlank()) {
            add(path, "framework.error.required");
            return null;
        }
        if (!value.asString().matches(KEY)) {
            add(path, "framework.error.key");
        }
        return value.asString();
    }

    /** A required text in every language the framework is shown in; a missing or overlong one is noted. */
    Localized text(JsonNode node, String field, String path) {
        Map<String, String> texts = new LinkedHashMap<>();
        JsonNode value = node.path(field);
        for (String language : Localized.LANGUAGES) {
            JsonNode text = value.path(language);
            if (!text.isString() || text.asString().isBlank()) {
                add(path + "." + language, "framework.error.text-missing");
            } else if (text.asString().length() > 2000) {
                add(path + "." + language, "framework.error.text-too-long");
            } else {
                texts.put(language, text.asString().strip());
            }
        }
        return new Localized(texts);
    }

    Localized optionalText(JsonNode node, String field, String path) {
        return node.has(field) ? text(node, field, path) : new Localized(Map.of());
    }

    void add(String path, String key, Object... arguments) {
        Object[] withPath = new Object[arguments.length + 1];
        withPath[0] = path;
        System.arraycopy(arguments, 0, withPath, 1, arguments.length);
        problems.add(Problem.of(path, key, withPath));
    }
}
