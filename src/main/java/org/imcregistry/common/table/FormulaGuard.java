package org.imcregistry.common.table;

/** Spots text that a spreadsheet program would run as a formula (CSV/formula injection). */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
