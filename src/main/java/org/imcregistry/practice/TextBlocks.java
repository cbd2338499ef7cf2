package org.imcregistry.practice;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A section's plain text as the author wrote it, read into paragraphs and bullet lists: blank lines separate
 * paragraphs, lines starting with "- ", "• " or "* " are bullet points. No markup is interpreted, so whoever shows
 * the blocks (the app's record view, the public page) only has to show text.
 */
public final class TextBlocks {

    /** A paragraph ({@code bullets} empty) or a bullet list ({@code text} null). */
    public record Block(@Nullable String text, List<String> bullets) {

        public boolean isList() {
            return text == null;
        }
    }

    private TextBlocks() {
    }

    public static List<Block> of(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        for (String chunk : text.split("\\n\\s*\\n")) {
            List<String> paragraph = new ArrayList<>();
            List<String> bullets = null;
            for (String line : chunk.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
                if (line.startsWith("- ") || line.startsWith("• ") || line.startsWith("* ")) {
                    if (!paragraph.isEmpty()) {
                        blocks.add(new Block(String.join(" ", paragraph), List.of()));
                        paragraph.clear();
                    }
                    if (bullets == null) {
                        bullets = new ArrayList<>();
                        blocks.add(new Block(null, bullets));
                    }
                    bullets.add(line.substring(2).strip());
                } else {
                    bullets = null;
                    paragraph.add(line);
                }
            }
            if (!paragraph.isEmpty()) {
                blocks.add(new Block(String.join(" ", paragraph), List.of()));
            }
        }
        return blocks.stream().map(b -> b.isList() ? new Block(null, List.copyOf(b.bullets())) : b).toList();
    }

    /** The first paragraphs of the text as one line of at most {@code max} characters, cut at a word: a summary. */
    public static String opening(String text, int max) {
        String flat = text == null ? "" : text.replaceAll("(?m)^\\s*[-•*] ", "").replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max - 1);
        return flat.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }
}
