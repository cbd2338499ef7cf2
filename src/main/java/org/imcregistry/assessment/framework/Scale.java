package org.imcregistry.assessment.framework;

import java.util.List;
import java.util.Set;

/**
 * How a criterion is answered, and how an answer becomes a score from 0 to 100 so that criteria of
 * different kinds can be combined into one index.
 */
public sealed interface Scale {

    /** The score 0..100 of an answer value on this scale (a stage, a Likert point or a percentage). */
    double normalise(double value);

    /**
     * Whether answers this far apart mean respondents disagree and should discuss: two stages or Likert
     * points or more, or 40 percentage points.
     */
    default boolean disagree(double lowest, double highest) {
        return this instanceof PercentBands ? highest - lowest >= 40 : highest - lowest >= 2;
    }

    /** The lowest and highest value an answer can take. */
    int minValue();

    int maxValue();

    /**
     * Maturity stages 1..N, each defined by conditions. A respondent ticks the conditions that hold;
     * the stage reached is the highest one whose conditions, and those of every stage below it, all
     * hold (0 when not even stage 1 is complete).
     */
    record Stages(List<Stage> stages) implements Scale {

        public record Stage(int level, Localized title, List<Condition> conditions) {
        }

        public record Condition(String key, Localized text) {
        }

        public int impliedStage(Set<String> ticked) {
            int reached = 0;
            for (Stage stage : stages) {
                boolean complete = stage.conditions().stream().allMatch(c -> ticked.contains(c.key()));
                if (!complete) {
                    break;
                }
                reached = stage.level();
            }
            return reached;
        }

        public boolean hasCondition(String key) {
            return stages.stream().flatMap(s -> s.conditions().stream()).anyMatch(c -> c.key().equals(key));
        }

        @Override
        public double normalise(double stage) {
            return 100.0 * stage / stages.size();
        }

        @Override
        public int minValue() {
            return 0;
        }

        @Override
        public int maxValue() {
            return stages.size();
        }
    }

    /** Points 1..N, each with a label ("strongly disagree" .. "strongly agree"). */
    record Likert(List<Point> points) implements Scale {

        public record Point(int value, Localized label) {
        }

        @Override
        public double normalise(double value) {
            return 100.0 * (value - 1) / (points.size() - 1);
        }

        @Override
        public int minValue() {
            return 1;
        }

        @Override
        public int maxValue() {
            return points.size();
        }
    }

    /** A score 0..100 read against bands that describe each range (as CAF's scoring panels). */
    record PercentBands(List<Band> bands) implements Scale {

        public record Band(int from, int to, Localized description) {
        }

        public Band bandOf(double value) {
            return bands.stream().filter(b -> value >= b.from() && value <= b.to()).findFirst()
                    .orElse(bands.getLast());
        }

        @Override
        public double normalise(double value) {
            return value;
        }

        @Override
        public int minValue() {
            return 0;
        }

        @Override
        public int maxValue() {
            return 100;
        }
    }
}
