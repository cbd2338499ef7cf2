package org.imcregistry.practice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Word documents for the import tests, made with POI from a template text: headings as styles or as bold lines. */
public final class DocxDocuments {

    private DocxDocuments() {
    }

    public static byte[] of(String template, boolean styledHeadings) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            write(document, template, styledHeadings);
            return bytes(document);
        }
    }

    public static void write(XWPFDocument document, String template, boolean styledHeadings) {
        BigInteger bullets = bulletList(document);
        XWPFTable table = null;
        for (TemplateDocuments.Block block : TemplateDocuments.blocks(template)) {
            if (block.kind() != TemplateDocuments.Kind.ROW) {
                table = null;
            }
            switch (block.kind()) {
                case TITLE -> heading(document, block.text(), "Title", styledHeadings);
                case HEADING -> heading(document, block.text(), "Heading1", styledHeadings);
                case BULLET -> {
                    XWPFParagraph point = document.createParagraph();
                    point.setNumID(bullets);
                    point.createRun().setText(block.text());
                }
                case ROW -> {
                    XWPFTableRow row;
                    if (table == null) {
                        table = document.createTable(1, 2);
                        row = table.getRow(0);
                    } else {
                        row = table.createRow();
                    }
                    row.getCell(0).setText(block.cells().get(0));
                    row.getCell(1).setText(block.cells().get(1));
                }
                default -> document.createParagraph().createRun().setText(block.text());
            }
        }
    }

    private static void heading(XWPFDocument document, String text, String style, boolean styled) {
        XWPFParagraph paragraph = document.createParagraph();
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        if (styled) {
            paragraph.setStyle(style);
        } else {
            run.setBold(true);
        }
    }

    static BigInteger bulletList(XWPFDocument document) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.ONE);
        CTLvl level = definition.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("•");
        XWPFNumbering numbering = document.createNumbering();
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));
    }

    public static byte[] bytes(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }

}
