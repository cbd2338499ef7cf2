package org.imcregistry.competition;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Masks what names an applicant in a blind edition's text: the partnership's and member municipalities' names
 * (with their inflected forms: "Kraków" also masks "Krakowa", "Wieliczka" "Wieliczki", "Sogn" "Sogns"), places,
 * people, and any e-mail address, web address or telephone number. Generic words of a name ("Regional",
 * "Stowarzyszenie") stay readable. Pure, so it is tested on its own; every pattern runs in linear time, since a
 * section may hold 20,000 characters that its author chose.
 */
final class Redaction {

    static final String MASK = "▇▇▇";
    /**
     * Candidates for addresses, matched by character runs only (no repeated groups, which Java's regex engine
     * walks recursively); what they are is decided in code, and trailing punctuation stays in the text.
     */
    private static final Pattern EMAIL = Pattern.compile("(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]++@[\\p{L}\\p{N}.-]++");
    private static final Pattern URL = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:https?://|www\\.)\\S++");
    private static final Pattern DOMAIN = Pattern.compile("(?<![\\p{L}\\p{N}.@/-])[\\p{L}\\p{N}-]++\\.[\\p{L}\\p{N}.-]++(?:/\\S*+)?");
    private static final Set<String> TOP_LEVEL_DOMAINS = Set.of("no", "pl", "eu", "com", "org", "net", "info", "se",
            "dk", "fi", "is", "de", "uk", "int");
    private static final String TRAILING_PUNCTUATION = ".,;:!?)]\"'";
    /** Digits with the separators people write in telephone numbers; each step ends on a digit, so no backtracking. */
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![\\p{L}\\p{N}])\\+?\\d(?:[ ()./-]*+\\d)++");
    /** Periods and dates are no numbers to call: "2019-2020", "12.03.2024". */
    private static final Pattern PERIOD_OR_DATE = Pattern.compile("(?:19|20)\\d\\d\\s*[-–/]\\s*(?:19|20)\\d\\d"
            + "|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}");
    /** "12 500 000" is an amount, unless it is introduced as a number to call ("tel. 123 456 789", "+48 …"). */
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:[ .]\\d{3})++");
    private static final Pattern INTRODUCES_A_PHONE = Pattern.compile("(?i)(?:tel|tlf|phone|telefon|mobil)\\S*\\s*$");
    /** Norwegian numbers have eight digits, Polish nine. */
    private static final int PHONE_DIGITS = 8;
    /** Words of names that name a kind of body, not this one; masking them would mask half the text. */
    private static final Set<String> GENERIC = Set.of("association", "partnership", "regional", "region", "council",
            "municipality", "municipalities", "union", "company", "services", "county", "district", "stowarzyszenie",
            "związek", "gmina", "gminy", "gmin", "powiat", "metropolia", "obszaru", "funkcjonalnego", "kommune",
            "kommuner", "samarbeid", "regionråd", "selskap", "interkommunalt", "brann", "redning");
    /** Polish case endings and Norwegian definite and genitive endings that a name may take. */
    private static final String ENDINGS = "(?:a|u|e|y|i|ie|ę|ą|em|om|owi|ów|ach|ami|ej|iej|ich|im|iem|s|en|et|ene|ens|er)?";
    private static final int SHORTEST_BASE = 4;
    /** From this length a name is a place name that also begins compounds ("Sogndal" in "Sogndalsfjøra"). */
    private static final int COMPOUND_FROM = 6;

    private final @Nullable Pattern names;

    private Redaction(@Nullable Pattern names) {
        this.names = names;
    }

    /** Masks each of these names, and each proper word of four letters or more in them. */
    static Redaction of(Collection<String> identifying) {
        // Each form's regular expression, with the length of the name it stands for.
        Map<String, Integer> forms = new LinkedHashMap<>();
        for (String name : identifying) {
            if (name == null || name.isBlank()) {
                continue;
            }
            forms.putIfAbsent(Pattern.quote(name.strip()), name.strip().length());
            for (String word : name.split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= SHORTEST_BASE && !Character.isLowerCase(word.charAt(0))
                        && !GENERIC.contains(word.toLowerCase(Locale.ROOT))) {
                    inflected(word).forEach(form -> forms.putIfAbsent(form, word.length()));
                }
            }
        }
        if (forms.isEmpty()) {
            return new Redaction(null);
        }
        // Longest names first, so that "Kari Nordmann" is one mask, not "Kari" and "Nordmann".
        String alternatives = String.join("|", forms.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList());
        return new Redaction(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /**
     * The word with any of the endings, also on its base without a final vowel and with a final "ó" as "o"; a long
     * word also as the start of a compound.
     */
    private static Set<String> inflected(String word) {
        Set<String> bases = new LinkedHashSet<>();
        bases.add(word);
        int lastO = word.lastIndexOf('ó');
        if (lastO >= word.length() - 3 && lastO > 0) {
            bases.add(word.substring(0, lastO) + "o" + word.substring(lastO + 1));
        }
        if ("aeiouyąę".indexOf(Character.toLowerCase(word.charAt(word.length() - 1))) >= 0
                && word.length() > SHORTEST_BASE) {
            bases.add(word.substring(0, word.length() - 1));
        }
        Set<String> forms = new LinkedHashSet<>();
        if (word.length() >= COMPOUND_FROM) {
            forms.add(Pattern.quote(word) + "\\p{L}*+");
        }
        bases.forEach(base -> forms.add(Pattern.quote(base) + ENDINGS));
        return forms;
    }

    String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = maskWhere(EMAIL, text, Redaction::isEmail);
        masked = maskWhere(URL, masked, candidate -> true);
        masked = maskWhere(DOMAIN, masked, Redaction::isDomain);
        String withDigits = masked;
        masked = DIGIT_RUN.matcher(withDigits).replaceAll(run -> isPhoneNumber(run.group(),
                withDigits.substring(Math.max(0, run.start() - 12), run.start())) ? MASK
                : Matcher.quoteReplacement(run.group()));
        return names == null ? masked : names.matcher(masked).replaceAll(MASK);
    }

    /** Replaces each match that {@code is} accepts, keeping the punctuation that merely ends its sentence. */
    private static String maskWhere(Pattern candidates, String text, Predicate<String> is) {
        return candidates.matcher(text).replaceAll(match -> {
            String candidate = match.group();
            int end = candidate.length();
            while (end > 0 && TRAILING_PUNCTUATION.indexOf(candidate.charAt(end - 1)) >= 0) {
                end--;
            }
            String core = candidate.substring(0, end);
            return Matcher.quoteReplacement(!core.isEmpty() && is.test(core) ? MASK + candidate.substring(end)
                    : candidate);
        });
    }

    private static boolean isEmail(String candidate) {
        String domain = candidate.substring(candidate.indexOf('@') + 1);
        int dot = domain.lastIndexOf('.');
        return dot > 0 && domain.length() - dot > 2 && domain.substring(dot + 1).chars().allMatch(Character::isLetter);
    }

    private static boolean isDomain(String candidate) {
        int slash = candidate.indexOf('/');
        String host = slash < 0 ? candidate : candidate.substring(0, slash);
        return TOP_LEVEL_DOMAINS.contains(host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean isPhoneNumber(String run, String before) {
        if (run.chars().filter(Character::isDigit).count() < PHONE_DIGITS || PERIOD_OR_DATE.matcher(run).matches()) {
            return false;
        }
        return run.startsWith("+") || !THOUSANDS.matcher(run).matches() || INTRODUCES_A_PHONE.matcher(before).find();
    }
}
