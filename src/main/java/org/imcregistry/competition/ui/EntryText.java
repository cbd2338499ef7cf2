package org.imcregistry.competition.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.competition.Edition;
import org.imcregistry.competition.EntryForJuror;
import org.imcregistry.competition.Judging;

/**
 * The practice as the juror may read it: in a blind edition masked, by its code, with no applicant and no link to
 * the record; otherwise with the applicant.
 */
class EntryText extends Div {

    EntryText(Judging judging, Edition edition, Judging.QueueItem item) {
        addClassName("practice-article");
        EntryForJuror entry;
        try {
            entry = judging.entry(item.assignmentId());
        } catch (UserFacingException unavailable) {
            // the record is gone or no longer readable: say so in place, the scoring form stays usable
            add(new Paragraph(getTranslation("practice.not-found.text")));
            return;
        }
        if (edition.blind()) {
            add(new Paragraph(getTranslation("competition.judge.blind-note", entry.code())));
            add(new H3(entry.title()));
        } else {
            add(new Paragraph(getTranslation("competition.entry.applicant") + ": " + entry.applicant()));
        }
        entry.sections().forEach((section, text) -> add(new H3(getTranslation("practice.section."
                + section.name())), new Paragraph(text)));
    }
}
