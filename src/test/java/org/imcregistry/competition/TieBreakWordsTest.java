package org.imcregistry.competition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A tie-break note reads as words in the reader's language, with times in their zone to the second. */
class TieBreakWordsTest {

    private static final Instant EARLIER = Instant.parse("2026-12-01T17:31:44.226382Z");
    private static final Instant LATER = Instant.parse("2026-12-01T17:31:45.237488Z");
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Test
    void anEarlierSubmissionGivesBothTimesInTheReadersZoneToTheSecond() {
        TieBreakNote note = new TieBreakNote(TieBreak.EARLIER_SUBMISSION, 7, 7, 0, 0, EARLIER, LATER);
        assertThat(TieBreakWords.of(note, Locale.ENGLISH, OSLO))
                .isEqualTo("Submitted earlier: 1 Dec 2026, 18:31:44 before 18:31:45");
        assertThat(TieBreakWords.of(note, Locale.forLanguageTag("nb"), OSLO))
                .isEqualTo("Levert tidligere: 1. des. 2026 kl. 18:31:44 før 18:31:45");
        assertThat(TieBreakWords.of(note, Locale.forLanguageTag("pl"), ZoneOffset.UTC))
                .isEqualTo("Zgłoszone wcześniej: 1 gru 2026, 17:31:44 przed 17:31:45");
    }

    @Test
    void withinTheSameSecondTheMillisecondsDecide() {
        TieBreakNote note = new TieBreakNote(TieBreak.EARLIER_SUBMISSION, 7, 7, 0, 0, EARLIER,
                Instant.parse("2026-12-01T17:31:44.237488Z"));
        assertThat(TieBreakWords.of(note, Locale.ENGLISH, OSLO))
                .isEqualTo("Submitted earlier: 1 Dec 2026, 18:31:44.226 before 18:31:44.237");
    }

    @Test
    void anotherDayIsSaidInFull() {
        TieBreakNote note = new TieBreakNote(TieBreak.EARLIER_SUBMISSION, 7, 7, 0, 0, EARLIER,
                Instant.parse("2026-12-02T08:00:00Z"));
        assertThat(TieBreakWords.of(note, Locale.ENGLISH, ZoneOffset.UTC))
                .isEqualTo("Submitted earlier: 1 Dec 2026, 17:31:44 before 2 Dec 2026, 08:00:00");
    }

    @Test
    void mediansHaveOneDecimalInTheReadersFormAndTopScoresAreCounted() {
        TieBreakNote median = new TieBreakNote(TieBreak.HIGHER_MEDIAN, 7.5, 7, 0, 0, EARLIER, LATER);
        assertThat(TieBreakWords.of(median, Locale.ENGLISH, OSLO)).isEqualTo("Higher median: 7.5 against 7.0");
        assertThat(TieBreakWords.of(median, Locale.forLanguageTag("nb"), OSLO)).isEqualTo("Høyere median: 7,5 mot 7,0");
        TieBreakNote tops = new TieBreakNote(TieBreak.MORE_TOP_SCORES, 7, 7, 3, 1, EARLIER, LATER);
        assertThat(TieBreakWords.of(tops, Locale.forLanguageTag("pl"), OSLO))
                .isEqualTo("Więcej najwyższych ocen: 3 wobec 1");
        TieBreakNote none = new TieBreakNote(null, 7, 7, 1, 1, EARLIER, EARLIER);
        assertThat(TieBreakWords.of(none, Locale.ENGLISH, OSLO)).isEqualTo("Still tied after every rule");
    }
}
