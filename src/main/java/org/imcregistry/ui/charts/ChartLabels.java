package org.imcregistry.ui.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar's label broken at word boundaries into short lines, so that Chart.js draws it whole beside the bar instead
 * of cutting its start off ("…egrated territorial investment (ZIT)"); a label longer than the lines allow ends in
 * "…", and the full text is in the bar's tooltip and in the figures table.
 */
public final class ChartLabels {

    /** Characters per line: about what fits beside a bar in a panel half a page wide. */
    static final int WIDTH = 22;
    static final int LINES = 3;

    private ChartLabels() {
    }

    public static List<String> wrap(String label) {
        return wrap(label, WIDTH, LINES);
    }

    static List<String> wrap(String label, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.strip().split("\\s+")) {
            while (word.length() > width) {
                // a word longer than a line (a compound noun) is split where it must be
                flush(lines, line);
                lines.add(word.substring(0, width - 1) + "-");
                word = word.substring(width - 1);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                flush(lines, line);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        flush(lines, line);
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> shown = new ArrayList<>(lines.subList(0, maxLines));
        String last = shown.getLast();
        shown.set(maxLines - 1, (last.length() >= width ? last.substring(0, width - 1) : last) + "…");
        return shown;
    }

    private static void flush(List<String> lines, StringBuilder line) {
        if (line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
        }
    }
}
