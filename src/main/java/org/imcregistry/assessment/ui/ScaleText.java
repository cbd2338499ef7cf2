package org.imcregistry.assessment.ui;

import org.jspecify.annotations.Nullable;
import java.util.Locale;
import java.util.function.BiFunction;
import org.imcregistry.assessment.framework.Scale;

/** An answer value in the scale's own words: "Stage 3 – Established", "4 – Agree", "60 %". */
final class ScaleText {

    private ScaleText() {
    }

    static String of(Scale scale, @Nullable Double value, Locale locale, BiFunction<String, Object[], String> texts) {
        if (value == null) {
            return "—";
        }
        int whole = (int) Math.round(value);
        return switch (scale) {
            case Scale.Stages stages -> whole == 0 ? texts.apply("answer.stage-zero", new Object[0])
                    : texts.apply("answer.stage", new Object[] {whole, stages.stages().get(whole - 1).title().in(locale)});
            case Scale.Likert likert -> whole + " – " + likert.points().get(whole - 1).label().in(locale);
            case Scale.PercentBands bands -> whole + " %";
        };
    }

    /** A mean, with one decimal, in the reader's number format. */
    static String number(@Nullable Double value, Locale locale) {
        return value == null ? "—" : String.format(locale, "%.1f", value);
    }
}
