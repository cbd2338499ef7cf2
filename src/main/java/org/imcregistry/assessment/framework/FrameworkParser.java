package org.imcregistry.assessment.framework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a framework file (JSON) and checks it completely, so an admin uploading one learns every
 * problem at once and exactly where: each problem names its path, such as
 * {@code criteria[3:governance].scale.stages[2].conditions}.
 */
public final class FrameworkParser {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FrameworkProblems problems = new FrameworkProblems();
    private final ScaleParser scales = new ScaleParser(problems);

    private FrameworkParser() {
    }

    /** The framework in {@code json}, or an {@link InvalidInputException} listing every problem. */
    public static Framework parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InvalidInputException(List.of(Problem.of("", "framework.error.json", line)));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(List.of(Problem.of("", "framework.error.json", 1)));
        }
        FrameworkParser parser = new FrameworkParser();
        Framework framework = parser.framework(root);
        if (!parser.problems.all().isEmpty()) {
            throw new InvalidInputException(parser.problems.all());
        }
        return framework;
    }

    // A missing key or scale is noted as a problem and stands in as null here; parse() then throws, so no framework
    // holding such a null ever leaves the parser.
    @SuppressWarnings("NullAway")
    private Framework framework(JsonNode root) {
        String key = problems.key(root, "key", "key");
        int version = root.path("version").isInt() ? root.path("version").asInt() : 0;
        if (version < 1) {
            problems.add("version", "framework.error.version");
        }
        Localized title = problems.text(root, "title", "title");
        Localized description = problems.optionalText(root, "description", "description");
        List<Framework.Group> groups = new ArrayList<>();
        Set<String> groupKeys = new HashSet<>();
        int g = 0;
        for (JsonNode group : root.path("groups")) {
            String path = "groups[" + g++ + "]";
            String groupKey = problems.key(group, "key", path + ".key");
            if (groupKey != null && !groupKeys.add(groupKey)) {
                problems.add(path + ".key", "framework.error.duplicate-key", groupKey);
            }
            groups.add(new Framework.Group(groupKey, problems.text(group, "title", path + ".title")));
        }
        List<Criterion> criteria = new ArrayList<>();
        Set<String> criterionKeys = new HashSet<>();
        int c = 0;
        for (JsonNode node : root.path("criteria")) {
            String path = "criteria[" + (c++ + 1) + (node.path("key").isString() ? ":" + node.path("key").asString() : "")
                    + "]";
            Criterion criterion = criterion(node, path, groupKeys);
            if (criterion.key() != null && !criterionKeys.add(criterion.key())) {
                problems.add(path + ".key", "framework.error.duplicate-key", criterion.key());
            }
            criteria.add(criterion);
        }
        if (criteria.isEmpty()) {
            problems.add("criteria", "framework.error.no-criteria");
        }
        return new Framework(key, version, title, description, groups, criteria);
    }

    // As in framework(): a null key or scale is a noted problem, and parse() throws before the criterion escapes.
    @SuppressWarnings("NullAway")
    private Criterion criterion(JsonNode node, String path, Set<String> groupKeys) {
        String key = problems.key(node, "key", path + ".key");
        String group = node.path("group").isString() ? node.path("group").asString() : null;
        if (group != null && !groupKeys.contains(group)) {
            problems.add(path + ".group", "framework.error.group", group);
        }
        double weight = node.has("weight") ? node.path("weight").asDouble(-1) : 1.0;
        if (!(weight > 0)) {
            problems.add(path + ".weight", "framework.error.weight");
        }
        return new Criterion(key, group, weight, problems.text(node, "title", path + ".title"),
                problems.optionalText(node, "description", path + ".description"),
                problems.optionalText(node, "searchTerms", path + ".searchTerms"),
                scales.scale(node.path("scale"), path + ".scale"));
    }
}
