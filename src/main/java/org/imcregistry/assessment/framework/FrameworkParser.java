package org.imcregistry.assessment.framework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private static final String KEY = "[a-z0-9][a-z0-9-]{0,59}";

    private final List<Problem> problems = new ArrayList<>();

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
        if (!parser.problems.isEmpty()) {
            throw new InvalidInputException(parser.problems);
        }
        return framework;
    }

    private Framework framework(JsonNode root) {
        String key = key(root, "key", "key");
        int version = root.path("version").isInt() ? root.path("version").asInt() : 0;
        if (version < 1) {
            problem("version", "framework.error.version");
        }
        Localized title = text(root, "title", "title");
        Localized description = optionalText(root, "description", "description");
        List<Framework.Group> groups = new ArrayList<>();
        Set<String> groupKeys = new HashSet<>();
        int g = 0;
        for (JsonNode group : root.path("groups")) {
            String path = "groups[" + g++ + "]";
            String groupKey = key(group, "key", path + ".key");
            if (groupKey != null && !groupKeys.add(groupKey)) {
                problem(path + ".key", "framework.error.duplicate-key", groupKey);
            }
            groups.add(new Framework.Group(groupKey, text(group, "title", path + ".title")));
        }
        List<Criterion> criteria = new ArrayList<>();
        Set<String> criterionKeys = new HashSet<>();
        int c = 0;
        for (JsonNode node : root.path("criteria")) {
            String path = "criteria[" + (c++ + 1) + (node.path("key").isString() ? ":" + node.path("key").asString() : "")
                    + "]";
            Criterion criterion = criterion(node, path, groupKeys);
            if (criterion.key() != null && !criterionKeys.add(criterion.key())) {
                problem(path + ".key", "framework.error.duplicate-key", criterion.key());
            }
            criteria.add(criterion);
        }
        if (criteria.isEmpty()) {
            problem("criteria", "framework.error.no-criteria");
        }
        return new Framework(key, version, title, description, groups, criteria);
    }

    private Criterion criterion(JsonNode node, String path, Set<String> groupKeys) {
        String key = key(node, "key", path + ".key");
        String group = node.path("group").isString() ? node.path("group").asString() : null;
        if (group != null && !groupKeys.contains(group)) {
            problem(path + ".group", "framework.error.group", group);
        }
        double weight = node.has("weight") ? node.path("weight").asDouble(-1) : 1.0;
        if (!(weight > 0)) {
            problem(path + ".weight", "framework.error.weight");
        }
        return new Criterion(key, group, weight, text(node, "title", path + ".title"),
                optionalText(node, "description", path + ".description"),
                optionalText(node, "searchTerms", path + ".searchTerms"), scale(node.path("scale"), path + ".scale"));
    }

    private Scale scale(JsonNode scale, String path) {
        String type = scale.path("type").isString() ? scale.path("type").asString() : "";
        return switch (type) {
            case "stages" -> stages(scale, path);
            case "likert" -> likert(scale, path);
            case "percent" -> bands(scale, path);
            default -> {
                problem(path + ".type", "framework.error.scale-type");
                yield null;
            }
        };
    }

    private Scale.Stages stages(JsonNode scale, String path) {
        List<Scale.Stages.Stage> stages = new ArrayList<>();
        Set<String> conditionKeys = new HashSet<>();
        int expected = 1;
        for (JsonNode node : scale.path("stages")) {
            String stagePath = path + ".stages[" + expected + "]";
            if (node.path("level").asInt(-1) != expected) {
                problem(stagePath + ".level", "framework.error.stage-levels");
            }
            List<Scale.Stages.Condition> conditions = new ArrayList<>();
            int k = 0;
            for (JsonNode condition : node.path("conditions")) {
                String conditionPath = stagePath + ".conditions[" + ++k + "]";
                String key = key(condition, "key", conditionPath + ".key");
                if (key != null && !conditionKeys.add(key)) {
                    problem(conditionPath + ".key", "framework.error.duplicate-key", key);
                }
                conditions.add(new Scale.Stages.Condition(key, text(condition, "text", conditionPath + ".text")));
            }
            if (conditions.isEmpty()) {
                problem(stagePath + ".conditions", "framework.error.conditions");
            }
            stages.add(new Scale.Stages.Stage(expected, text(node, "title", stagePath + ".title"), conditions));
            expected++;
        }
        if (stages.size() < 2) {
            problem(path + ".stages", "framework.error.stage-count");
        }
        return new Scale.Stages(stages);
    }

    private Scale.Likert likert(JsonNode scale, String path) {
        List<Scale.Likert.Point> points = new ArrayList<>();
        int expected = 1;
        for (JsonNode node : scale.path("points")) {
            String pointPath = path + ".points[" + expected + "]";
            if (node.path("value").asInt(-1) != expected) {
                problem(pointPath + ".value", "framework.error.points");
            }
            points.add(new Scale.Likert.Point(expected++, text(node, "label", pointPath + ".label")));
        }
        if (points.size() < 2) {
            problem(path + ".points", "framework.error.points");
        }
        return new Scale.Likert(points);
    }

    private Scale.PercentBands bands(JsonNode scale, String path) {
        List<Scale.PercentBands.Band> bands = new ArrayList<>();
        int next = 0;
        int b = 0;
        for (JsonNode node : scale.path("bands")) {
            String bandPath = path + ".bands[" + ++b + "]";
            int from = node.path("from").asInt(-1);
            int to = node.path("to").asInt(-1);
            if (from != next || to < from || to > 100) {
                problem(bandPath, "framework.error.bands");
            }
            next = to + 1;
            bands.add(new Scale.PercentBands.Band(from, to, text(node, "description", bandPath + ".description")));
        }
        if (bands.isEmpty() || next != 101) {
            problem(path + ".bands", "framework.error.bands");
        }
        return new Scale.PercentBands(bands);
    }

    private String key(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (!value.isString() || value.asString().isBlank()) {
            problem(path, "framework.error.required");
            return null;
        }
        if (!value.asString().matches(KEY)) {
            problem(path, "framework.error.key");
        }
        return value.asString();
    }

    private Localized text(JsonNode node, String field, String path) {
        Map<String, String> texts = new LinkedHashMap<>();
        JsonNode value = node.path(field);
        for (String language : Localized.LANGUAGES) {
            JsonNode text = value.path(language);
            if (!text.isString() || text.asString().isBlank()) {
                problem(path + "." + language, "framework.error.text-missing");
            } else if (text.asString().length() > 2000) {
                problem(path + "." + language, "framework.error.text-too-long");
            } else {
                texts.put(language, text.asString().strip());
            }
        }
        return new Localized(texts);
    }

    private Localized optionalText(JsonNode node, String field, String path) {
        return node.has(field) ? text(node, field, path) : new Localized(Map.of());
    }

    private void problem(String path, String key, Object... arguments) {
        Object[] withPath = new Object[arguments.length + 1];
        withPath[0] = path;
        System.arraycopy(arguments, 0, withPath, 1, arguments.length);
        problems.add(Problem.of(path, key, withPath));
    }
}
