package org.imcregistry.practice;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.imcregistry.common.Problem;

/**
 * The part of a template document after its title: each section's text under its heading, the keyword, website and
 * contact blocks, and the contributor lines at the end. Nothing is dropped: a heading it does not know is noted and
 * its text kept in the section before it.
 */
final class TemplateBody {

    private enum Block { KEYWORDS, WEBSITE, CONTACT }

    private static final Pattern PLACEHOLDER = Pattern.compile("[\\s\\-.–—_]*");

    private final Map<PracticeSection, StringBuilder> sections = new EnumMap<>(PracticeSection.class);
    private final List<String> keywords = new ArrayList<>();
    private final StringBuilder website = new StringBuilder();
    private final StringBuilder contact = new StringBuilder();
    private final Map<String, String> footer = new HashMap<>();
    private @Nullable PracticeSection section;
    private @Nullable Block block;

    private TemplateBody() {
    }

    /** Reads {@code lines} from {@code from} to the end, adding to {@code notes} what the person should check. */
    static TemplateBody read(List<String> lines, int from, List<Problem> notes) {
        TemplateBody body = new TemplateBody();
        for (int i = from; i < lines.size(); i++) {
            body.line(lines, i, notes);
        }
        return body;
    }

    private void line(List<String> lines, int i, List<Problem> notes) {
        String line = lines.get(i);
        String stripped = line.strip();
        if (stripped.isEmpty()) {
            if (section != null && sections.containsKey(section)) {
                sections.get(section).append('\n');
            }
            return;
        }
        Optional<String> footerKey = TemplateLines.footerKey(line);
        if (footerKey.isPresent()) {
            int tab = line.indexOf('\t');
            footer.put(footerKey.get(), tab < 0 ? "" : line.substring(tab + 1).strip());
            enter(null, null);
            return;
        }
        if (TemplateLines.isKeywordHeading(stripped)) {
            enter(null, Block.KEYWORDS);
            String rest = stripped.substring(stripped.indexOf(':') + 1).strip();
            if (stripped.contains(":") && !rest.isEmpty()) {
                keywords.add(rest);
            }
            return;
        }
        Optional<PracticeSection> known = PracticeSection.ofHeading(stripped);
        if (known.isPresent()) {
            enter(known.get(), null);
            return;
        }
        if (TemplateLines.isHeading(stripped, "website")) {
            enter(null, Block.WEBSITE);
            return;
        }
        if (TemplateLines.isHeading(stripped, "contact")) {
            enter(null, Block.CONTACT);
            return;
        }
        if (block != null) {
            switch (block) {
                case KEYWORDS -> keywords.add(stripped);
                case WEBSITE -> website.append(stripped.replaceAll("^<|>$", "")).append('\n');
                case CONTACT -> contact.append(stripped).append('\n');
            }
            return;
        }
        if (TemplateLines.looksLikeHeading(lines, i)) {
            notes.add(Problem.of("section", "practice.import.unknown-heading", stripped, i + 1,
                    section == null ? "—" : section.heading()));
        }
        if (section == null) {
            section = PracticeSection.INTRODUCTION;
            notes.add(Problem.of("section", "practice.import.text-before-sections", i + 1));
        }
        if (!PLACEHOLDER.matcher(stripped).matches()) {
            sections.computeIfAbsent(section, k -> new StringBuilder()).append(line.stripTrailing()).append('\n');
        } else if (!sections.containsKey(section)) {
            sections.put(section, new StringBuilder());
        }
    }

    private void enter(@Nullable PracticeSection nextSection, @Nullable Block nextBlock) {
        section = nextSection;
        block = nextBlock;
    }

    /** Each section's text; a section under its heading but empty, or with no heading at all, is noted. */
    Map<PracticeSection, String> texts(List<Problem> notes) {
        Map<PracticeSection, String> texts = new EnumMap<>(PracticeSection.class);
        sections.forEach((s, text) -> {
            String body = text.toString().replaceAll("\n{3,}", "\n\n").strip();
            if (body.isEmpty()) {
                notes.add(Problem.of(s.name(), "practice.import.empty-section", s.heading()));
            } else {
                texts.put(s, body);
            }
        });
        for (PracticeSection s : PracticeSection.values()) {
            if (!sections.containsKey(s)) {
                notes.add(Problem.of(s.name(), "practice.import.missing-section", s.heading()));
            }
        }
        return texts;
    }

    List<String> keywords() {
        return keywords;
    }

    /** The addresses under the website heading, on one line; null when there were none. */
    @Nullable String website() {
        String text = website.toString().strip().replaceAll("\n+", " ");
        return text.isEmpty() ? null : text;
    }

    @Nullable String contact() {
        return emptyToNull(contact.toString().replaceAll("\n{2,}", "\n").strip());
    }

    /** A contributor line's value by {@link TemplateLines#footerKey}; null when absent or blank. */
    @Nullable String footer(String key) {
        return emptyToNull(footer.get(key));
    }

    private static @Nullable String emptyToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
