package org.imcregistry.assessment.framework;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads a criterion's scale from a framework file: stages with their conditions, Likert points or percent bands,
 * each numbered in order from its start and complete, every problem noted at its path.
 */
final class ScaleParser {

    private final FrameworkProblems problems;

    ScaleParser(FrameworkProblems problems) {
        this.problems = problems;
    }

    @Nullable Scale scale(JsonNode scale, String path) {
        String type = scale.path("type").isString() ? scale.path("type").asString() : "";
        return switch (type) {
            case "stages" -> stages(scale, path);
            case "likert" -> likert(scale, path);
            case "percent" -> bands(scale, path);
            default -> {
                problems.add(path + ".type", "framework.error.scale-type");
                yield null;
            }
        };
    }

    // As in FrameworkParser: a missing condition key is a noted problem, and parse() throws before the scale escapes.
    @SuppressWarnings("NullAway")
    private Scale.Stages stages(JsonNode scale, String path) {
        List<Scale.Stages.Stage> stages = new ArrayList<>();
        Set<String> conditionKeys = new HashSet<>();
        int expected = 1;
        for (JsonNode node : scale.path("stages")) {
            String stagePath = path + ".stages[" + expected + "]";
            if (node.path("level").asInt(-1) != expected) {
                problems.add(stagePath + ".level", "framework.error.stage-levels");
            }
            List<Scale.Stages.Condition> conditions = new ArrayList<>();
            int k = 0;
            for (JsonNode condition : node.path("conditions")) {
                String conditionPath = stagePath + ".conditions[" + ++k + "]";
                String key = problems.key(condition, "key", conditionPath + ".key");
                if (key != null && !conditionKeys.add(key)) {
                    problems.add(conditionPath + ".key", "framework.error.duplicate-key", key);
                }
                conditions.add(new Scale.Stages.Condition(key, problems.text(condition, "text", conditionPath + ".text")));
            }
            if (conditions.isEmpty()) {
                problems.add(stagePath + ".conditions", "framework.error.conditions");
            }
            stages.add(new Scale.Stages.Stage(expected, problems.text(node, "title", stagePath + ".title"), conditions));
            expected++;
        }
        if (stages.size() < 2) {
            problems.add(path + ".stages", "framework.error.stage-count");
        }
        return new Scale.Stages(stages);
    }

    private Scale.Likert likert(JsonNode scale, String path) {
        List<Scale.Likert.Point> points = new ArrayList<>();
        int expected = 1;
        for (JsonNode node : scale.path("points")) {
            String pointPath = path + ".points[" + expected + "]";
            if (node.path("value").asInt(-1) != expected) {
                problems.add(pointPath + ".value", "framework.error.points");
            }
            points.add(new Scale.Likert.Point(expected++, problems.text(node, "label", pointPath + ".label")));
        }
        if (points.size() < 2) {
            problems.add(path + ".points", "framework.error.points");
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
                problems.add(bandPath, "framework.error.bands");
            }
            next = to + 1;
            bands.add(new Scale.PercentBands.Band(from, to, problems.text(node, "description", bandPath + ".description")));
        }
        if (bands.isEmpty() || next != 101) {
            problems.add(path + ".bands", "framework.error.bands");
        }
        return new Scale.PercentBands(bands);
    }
}
