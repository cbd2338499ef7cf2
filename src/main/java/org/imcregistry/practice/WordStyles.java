package org.imcregistry.practice;

import java.math.BigInteger;
import org.jspecify.annotations.Nullable;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles a record's document uses, under the ids and names Word and LibreOffice know (Title, Heading 1,
 * Heading 2, Caption, TOC 1): a table of contents is built from the headings' outline levels, and a printer's
 * template can restyle them all at once.
 */
final class WordStyles {

    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String CAPTION = "Caption";
    static final String TOC_1 = "TOC1";

    private WordStyles() {
    }

    static void addTo(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        add(styles, TITLE, "Title", null, 48, true);
        add(styles, HEADING_1, "heading 1", 0, 32, true);
        add(styles, HEADING_2, "heading 2", 1, 26, true);
        add(styles, CAPTION, "caption", null, 18, false);
        add(styles, TOC_1, "toc 1", null, 22, false);
    }

    /** {@code halfPoints}: the font size in half points, as Word counts; {@code outline}: 0 for level 1. */
    private static void add(XWPFStyles styles, String id, String name, @Nullable Integer outline, int halfPoints,
            boolean bold) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(outline == null ? 0 : 240));
        if (outline != null) {
            paragraph.addNewKeepNext();
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr run = style.addNewRPr();
        if (bold) {
            run.addNewB();
        }
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        styles.addStyle(new XWPFStyle(style, styles));
    }
}
