package org.imcregistry.practice;

import java.util.Random;

/** Varied text for long test documents (repeating one sentence would look like a zip bomb, rightly). */
public final class BenchText {

    private static final String[] WORDS = ("municipality council cooperation region service immigrants project "
            + "partners employment inclusion budget school transport health agreement volunteers training language "
            + "housing evaluation results network workshop mentor residents sector planning digital").split(" ");

    private BenchText() {
    }

    /** A paragraph of about 500 characters, different for each call. */
    public static String paragraph(Random random) {
        StringBuilder text = new StringBuilder("The");
        while (text.length() < 500) {
            text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            if (random.nextInt(12) == 0) {
                text.append(' ').append(1990 + random.nextInt(35)).append('.');
                text.append(" The");
            }
        }
        return text.append('.').toString();
    }
}
