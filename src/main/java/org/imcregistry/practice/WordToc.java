package org.imcregistry.practice;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * A table of contents as Word and LibreOffice know it: a {@code TOC} field over the Heading 1 paragraphs. Its shown
 * result is the list of titles already, so a reader that does not update fields still sees them; Word updates it
 * with page numbers on opening (the document asks it to: updateFields), LibreOffice with Tools › Update.
 */
final class WordToc {

    private WordToc() {
    }

    static void write(XWPFDocument document, List<String> titles) {
        XWPFParagraph field = document.createParagraph();
        field.setStyle(WordStyles.TOC_1);
        CTP ctp = field.getCTP();
        ctp.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instruction = ctp.addNewR().addNewInstrText();
        instruction.setStringValue(" TOC \\o \"1-1\" \\h \\z \\u ");
        instruction.setSpace(SpaceAttribute.Space.PRESERVE);
        ctp.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        XWPFParagraph last = field;
        for (int i = 0; i < titles.size(); i++) {
            XWPFParagraph entry = i == 0 ? field : document.createParagraph();
            entry.setStyle(WordStyles.TOC_1);
            entry.createRun().setText(titles.get(i));
            last = entry;
        }
        last.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
        document.enforceUpdateFields();
    }
}
