package org.imcregistry.competition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.imcregistry.IntegrationTest;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** An edition's judging deadline: kept with its settings, and never before entries close (or, without that, open). */
@IntegrationTest
@WithMockUser(roles = "MANAGER")
class EditionSettingsTest {

    @Autowired
    Editions editions;

    @Test
    void aJudgingDeadlineIsKeptAndIsNeverBeforeEntriesClose() {
        long id = editions.create("Deadline rules", 2026);
        Edition edition = editions.get(id);
        LocalDate closes = LocalDate.of(2027, 3, 31);
        assertRefused(() -> editions.configure(id, edition.version(), settings(edition, null, closes,
                closes.minusDays(1))));
        assertRefused(() -> editions.configure(id, edition.version(), settings(edition, closes, null,
                closes.minusDays(1))));
        editions.configure(id, edition.version(), settings(edition, null, closes, closes));
        assertThat(editions.get(id).judgingDeadline()).isEqualTo(closes);
        editions.configure(id, editions.get(id).version(), settings(edition, null, closes, null));
        assertThat(editions.get(id).judgingDeadline()).as("it may be cleared").isNull();
    }

    private static void assertRefused(Runnable configure) {
        assertThatThrownBy(configure::run).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                e.problems()).extracting(Problem::field, Problem::messageKey)
                .containsExactly(Tuple.tuple("judgingDeadline", "competition.error.judging-deadline")));
    }

    private static Editions.Settings settings(Edition edition, LocalDate opens, LocalDate closes,
            LocalDate judgingDeadline) {
        return new Editions.Settings(opens, closes, judgingDeadline, 2, false, true, AggregationMethod.WEIGHTED_MEAN,
                ShortlistRule.TOP_N, 1, edition.tieBreaks(), edition.weights());
    }
}
