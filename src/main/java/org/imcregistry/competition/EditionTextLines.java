package org.imcregistry.competition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.imcregistry.common.Text;

/** What a manager typed, one item a line in each language, as an edition's texts; refused with every problem. */
public final class EditionTextLines {

    private EditionTextLines() {
    }

    /**
     * A list typed one item per line in each language into one text per item: lines pair up by their place, the
     * first language's lines say how many there are, another language's blank line leaves that item untranslated.
     * A criterion's names are one such list of one line.
     */
    public static List<EditionText> parse(String field, String first, Map<String, String> linesByLanguage,
            int maxLength) {
        Map<String, List<String>> lines = new HashMap<>();
        linesByLanguage.forEach((language, text) -> lines.put(language, trimmed(text)));
        List<String> firstLines = lines.getOrDefault(first, List.of());
        List<Problem> problems = new ArrayList<>();
        lines.forEach((language, list) -> {
            if (list.size() > firstLines.size()) {
                problems.add(Problem.of(field, "competition.error.texts-more-lines", language, first));
            }
        });
        if (lines.values().stream().flatMap(List::stream).anyMatch(l -> l.length() > maxLength)) {
            problems.add(Problem.of(field, "validation.too-long", maxLength));
        }
        if (firstLines.stream().anyMatch(String::isEmpty)) {
            problems.add(Problem.of(field, "competition.error.texts-first-blank", first));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<EditionText> texts = new ArrayList<>();
        for (int i = 0; i < firstLines.size(); i++) {
            Map<String, String> item = new HashMap<>();
            for (Map.Entry<String, List<String>> language : lines.entrySet()) {
                if (i < language.getValue().size() && !language.getValue().get(i).isEmpty()) {
                    item.put(language.getKey(), language.getValue().get(i));
                }
            }
            texts.add(new EditionText(item, first));
        }
        return texts;
    }

    private static List<String> trimmed(String text) {
        List<String> lines = new ArrayList<>(text.lines().map(l -> Text.withoutControlCharacters(l.strip())).toList());
        while (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return lines;
    }

    /** Lines as one text, the blank ones left out: what the one-language lists of before accepted. */
    static String withoutBlankLines(List<String> lines) {
        return String.join("\n", lines.stream().filter(l -> !l.isBlank()).toList());
    }
}
