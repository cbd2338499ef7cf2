package org.imcregistry.competition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a blind edition masks in an entry's text, and what it leaves a juror to read. */
class RedactionTest {

    private static final String M = Redaction.MASK;

    @Test
    void namesAreMaskedInTheirInflectedFormsAndCompoundsToo() {
        Redaction redaction = Redaction.of(List.of("Stowarzyszenie Metropolia Krakowska", "Kraków", "Wieliczka",
                "Sogn regionråd", "Sogndal", "Kari Nordmann"));
        assertThat(redaction.apply("Gminy Krakowa i Wieliczki współpracują w Krakowie."))
                .isEqualTo("Gminy " + M + " i " + M + " współpracują w " + M + ".");
        assertThat(redaction.apply("Sogns kommuner og Sogndalsfjøra; spør Kari Nordmann."))
                .isEqualTo(M + " kommuner og " + M + "; spør " + M + ".");
        assertThat(redaction.apply("Stowarzyszenie Metropolia Krakowska")).isEqualTo(M);
    }

    @Test
    void genericWordsOfANameAndWordsThatMerelyBeginLikeANameStay() {
        Redaction redaction = Redaction.of(List.of("Sogn regionråd", "Regional Partnership Luster", "Andre Nowak",
                "Marta Lunde", "Stowarzyszenie Gmin"));
        String text = "Regional partnerships and other stowarzyszenie now market their lunch clusters in March.";
        assertThat(redaction.apply(text)).isEqualTo(text);
        assertThat(redaction.apply("Andre, Nowaka i Marty")).isEqualTo(M + ", " + M + " i " + M);
    }

    @Test
    void contactDetailsAreMaskedButPeriodsDatesAndAmountsStay() {
        Redaction redaction = Redaction.of(List.of());
        assertThat(redaction.apply("Write to post@sogn.no, call +47 57 65 00 00 or tel. 123 456 789, see"
                + " https://www.sogn.no/x, bip.krakow.pl or łódź.pl."))
                .isEqualTo("Write to " + M + ", call " + M + " or tel. " + M + ", see " + M + ", " + M + " or " + M + ".");
        String figures = "The strategy 2019-2020, signed 12.03.2024, cut costs by 12 500 000 NOK in 2021.";
        assertThat(redaction.apply(figures)).isEqualTo(figures);
    }

    @Test
    void aLongHostileSectionIsMaskedInLinearTime() {
        Redaction redaction = Redaction.of(List.of("Sogn regionråd", "Kraków"));
        String section = "a.".repeat(5_000) + "x@" + "b.".repeat(3_000) + "1 ".repeat(5_000) + "c".repeat(5_000);
        long start = System.nanoTime();
        redaction.apply(section);
        // Generous for a noisy 2-core machine; the unanchored pattern took seconds on this input.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
    }
}
