package org.imcregistry.competition;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.imcregistry.common.MessageBundle;
import org.imcregistry.common.SupportedLocales;

/**
 * A tie-break note in words for one reader: "submitted earlier: 1 Dec 2026, 18:31:44 before 18:31:45" with the
 * times in the reader's zone to the second, medians with one decimal, top scores counted; the same words on the
 * manager's page and in the export.
 */
public final class TieBreakWords {

    /** An export writes thousands of notes in one language: each pattern is compiled once per language. */
    private static final java.util.Map<String, DateTimeFormatter> FORMATTERS = new java.util.concurrent.ConcurrentHashMap<>();

    private TieBreakWords() {
    }

    public static String of(TieBreakNote note, Locale reader, ZoneId zone) {
        Locale locale = SupportedLocales.closest(reader);
        if (note.rule() == null) {
            return MessageBundle.text("competition.tie-break.unresolved", locale);
        }
        return switch (note.rule()) {
            case HIGHER_MEDIAN -> MessageBundle.text("competition.tie-break.median", locale,
                    oneDecimal(note.betterMedian(), locale), oneDecimal(note.worseMedian(), locale));
            case MORE_TOP_SCORES -> MessageBundle.text("competition.tie-break.top-scores", locale,
                    note.betterTopScores(), note.worseTopScores());
            case EARLIER_SUBMISSION -> earlier(note, locale, zone);
        };
    }

    private static String earlier(TieBreakNote note, Locale locale, ZoneId zone) {
        ZonedDateTime better = note.betterSubmitted().atZone(zone);
        ZonedDateTime worse = note.worseSubmitted().atZone(zone);
        String pattern = MessageBundle.text("competition.tie-break.date-time", locale);
        String time = "HH:mm:ss";
        // within the same second the seconds alone would read "18:31:44 before 18:31:44": the milliseconds decide
        if (better.truncatedTo(ChronoUnit.SECONDS).equals(worse.truncatedTo(ChronoUnit.SECONDS))) {
            pattern += ".SSS";
            time += ".SSS";
        }
        DateTimeFormatter full = formatter(pattern, locale);
        // The second time repeats the day only when it differs: "18:31:44 before 18:31:45" reads at a glance.
        DateTimeFormatter second = better.toLocalDate().equals(worse.toLocalDate())
                ? formatter(time, locale) : full;
        return MessageBundle.text("competition.tie-break.earlier", locale, full.format(better), second.format(worse));
    }

    private static DateTimeFormatter formatter(String pattern, Locale locale) {
        return FORMATTERS.computeIfAbsent(locale.toLanguageTag() + " " + pattern,
                key -> DateTimeFormatter.ofPattern(pattern, locale));
    }

    private static String oneDecimal(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
