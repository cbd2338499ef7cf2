package org.imcregistry.practice;

import org.jspecify.annotations.Nullable;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Facts a record's own text states, read for its metadata: the goals it names, its start year, its language. */
final class TextFacts {

    private static final Pattern SDG = Pattern.compile("(?i)\\bSDG\\s*#?\\s*(\\d{1,2})\\b");
    private static final Pattern START_YEAR = Pattern.compile(
            "(?iu)\\b(?:started|began|launched|since|startet|starta|begynte|rozpocz\\p{L}*|rozpoczął|od)\\s+"
                    + "(?:się\\s+)?(?:in\\s+|i\\s+|w\\s+|we\\s+)?(?:roku\\s+|året\\s+)?((?:19|20)\\d{2})\\b");

    private TextFacts() {
    }

    /** The sustainable development goals named as "SDG 4", "SDG #11", in order, each once. */
    static Set<Integer> goals(String text) {
        Set<Integer> goals = new LinkedHashSet<>();
        Matcher sdg = SDG.matcher(text);
        while (sdg.find()) {
            int goal = Integer.parseInt(sdg.group(1));
            if (goal >= 1 && goal <= 17) {
                goals.add(goal);
            }
        }
        return goals;
    }

    /** The year in "started in 2019", "startet i 2019", "rozpoczął się w roku 2019"; null when none is said. */
    static @Nullable Integer startYear(String text) {
        Matcher year = START_YEAR.matcher(text);
        return year.find() ? Integer.valueOf(year.group(1)) : null;
    }

    /** Polish letters say Polish; Norwegian letters or common words say Norwegian; otherwise English. */
    static RecordLanguage language(Map<PracticeSection, String> texts) {
        String all = String.join(" ", texts.values()).toLowerCase(Locale.ROOT);
        long polish = all.chars().filter(c -> "ąćęłńśźż".indexOf(c) >= 0).count();
        long norwegian = all.chars().filter(c -> "æøå".indexOf(c) >= 0).count()
                + countWords(all, " og ") + countWords(all, " ikke ") + countWords(all, " som ");
        long english = countWords(all, " the ") + countWords(all, " and ") + countWords(all, " of ");
        if (polish > 5 && polish * 3 > english) {
            return RecordLanguage.PL;
        }
        if (norwegian > english) {
            return RecordLanguage.NB;
        }
        return RecordLanguage.EN;
    }

    private static long countWords(String text, String word) {
        long count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            count++;
        }
        return count;
    }
}
