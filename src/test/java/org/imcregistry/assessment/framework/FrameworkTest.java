package org.imcregistry.assessment.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.junit.jupiter.api.Test;

/** Frameworks as data: the shipped files, the stage rule, scores and the index, and precise refusals. */
class FrameworkTest {

    static Framework shipped(String file) throws IOException {
        try (InputStream in = FrameworkTest.class.getResourceAsStream("/frameworks/" + file)) {
            return FrameworkParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theShippedDevelopmentFrameworkHasTenCriteriaOfFiveStagesWithTwoToFourConditions() throws IOException {
        Framework framework = shipped("imc-partnership-development-v1.json");
        assertThat(framework.criteria()).hasSize(10);
        for (Criterion criterion : framework.criteria()) {
            Scale.Stages stages = (Scale.Stages) criterion.scale();
            assertThat(stages.stages()).as(criterion.key()).hasSize(5);
            stages.stages().forEach(s -> assertThat(s.conditions()).as(criterion.key() + " stage " + s.level())
                    .hasSizeBetween(2, 4));
            assertThat(criterion.searchTerms().in(Locale.ENGLISH)).isNotBlank();
        }
        assertThat(framework.title().in(Locale.forLanguageTag("pl"))).isEqualTo("Rozwój partnerstwa międzygminnego");
    }

    @Test
    void theShippedClimateSurveyUsesLikertAndPercentBands() throws IOException {
        Framework framework = shipped("imc-partnership-climate-v1.json");
        assertThat(framework.criteria()).extracting(c -> c.scale().getClass().getSimpleName())
                .containsExactly("Likert", "Likert", "Likert", "Likert", "PercentBands");
    }

    @Test
    void theStageIsTheHighestWhoseConditionsAndAllBelowHold() throws IOException {
        Scale.Stages vision = (Scale.Stages) shipped("imc-partnership-development-v1.json").criterion("vision")
                .orElseThrow().scale();
        assertThat(vision.impliedStage(Set.of())).isZero();
        assertThat(vision.impliedStage(Set.of("vision-1a"))).as("stage 1 incomplete").isZero();
        assertThat(vision.impliedStage(Set.of("vision-1a", "vision-1b"))).isEqualTo(1);
        assertThat(vision.impliedStage(Set.of("vision-1a", "vision-1b", "vision-2a", "vision-2b"))).isEqualTo(2);
        assertThat(vision.impliedStage(Set.of("vision-1a", "vision-1b", "vision-2a", "vision-3a", "vision-3b",
                "vision-3c", "vision-4a", "vision-4b"))).as("stage 2 incomplete: higher ticks do not count")
                .isEqualTo(1);
        assertThat(vision.impliedStage(Set.of("vision-2a", "vision-2b", "vision-3a", "vision-3b", "vision-3c")))
                .as("nothing counts without stage 1").isZero();
    }

    @Test
    void scoresBecomeZeroToHundredAndTheIndexIsTheirWeightedMean() throws IOException {
        Framework climate = shipped("imc-partnership-climate-v1.json");
        Scale likert = climate.criterion("fair-burdens").orElseThrow().scale();
        assertThat(likert.normalise(1)).isZero();
        assertThat(likert.normalise(4)).isEqualTo(75.0);
        Scale stages = shipped("imc-partnership-development-v1.json").criterion("trust").orElseThrow().scale();
        assertThat(stages.normalise(3)).isEqualTo(60.0);
        // four Likert criteria of weight 1 and goal attainment (percent) of weight 2
        var index = climate.index(Map.of("information-sharing", 5.0, "fair-burdens", 3.0, "decisions-respected", 4.0,
                "worth-the-effort", 2.0, "goal-attainment", 70.0));
        assertThat(index).hasValueSatisfying(v -> assertThat(v).isCloseTo((100 + 50 + 75 + 25 + 2 * 70) / 6.0,
                within(1e-9)));
        assertThat(climate.index(Map.of("fair-burdens", 5.0))).as("only answered criteria count").contains(100.0);
        assertThat(climate.index(Map.of())).isEmpty();
    }

    @Test
    void everyProblemIsReportedWithItsPath() {
        String broken = """
                {"key": "Bad Key", "version": 0, "title": {"en": "T", "nb": "T"},
                 "groups": [{"key": "g", "title": {"en": "G", "nb": "G", "pl": "G"}}],
                 "criteria": [
                   {"key": "a", "group": "nope", "weight": 0, "title": {"en": "A", "nb": "A", "pl": "A"},
                    "scale": {"type": "stages", "stages": [
                      {"level": 1, "title": {"en": "1", "nb": "1", "pl": "1"}, "conditions": [
                        {"key": "a-1", "text": {"en": "x", "nb": "x", "pl": "x"}}]},
                      {"level": 3, "title": {"en": "3", "nb": "3", "pl": "3"}, "conditions": []}]}},
                   {"key": "a", "title": {"en": "A", "nb": "A", "pl": "A"},
                    "scale": {"type": "percent", "bands": [
                      {"from": 0, "to": 50, "description": {"en": "x", "nb": "x", "pl": "x"}},
                      {"from": 60, "to": 100, "description": {"en": "y", "nb": "y", "pl": "y"}}]}},
                   {"key": "c", "title": {"en": "C", "nb": "C", "pl": "C"}, "scale": {"type": "stars"}}]}
                """;
        assertThatThrownBy(() -> FrameworkParser.parse(broken)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.field() + " " + p.messageKey()).containsExactly(
                        "key framework.error.key",
                        "version framework.error.version",
                        "title.pl framework.error.text-missing",
                        "criteria[1:a].group framework.error.group",
                        "criteria[1:a].weight framework.error.weight",
                        "criteria[1:a].scale.stages[2].level framework.error.stage-levels",
                        "criteria[1:a].scale.stages[2].conditions framework.error.conditions",
                        "criteria[2:a].scale.bands[2] framework.error.bands",
                        "criteria[2:a].key framework.error.duplicate-key",
                        "criteria[3:c].scale.type framework.error.scale-type"));
    }

    @Test
    void notJsonAtAllIsRefusedWithTheLine() {
        assertThatThrownBy(() -> FrameworkParser.parse("{\n \"key\": \"x\",\n oops }"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    Problem problem = e.problems().getFirst();
                    assertThat(problem.messageKey()).isEqualTo("framework.error.json");
                    assertThat(problem.arguments()).containsExactly(3L);
                });
    }
}
