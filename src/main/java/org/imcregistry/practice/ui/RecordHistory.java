package org.imcregistry.practice.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;
import org.imcregistry.practice.PracticeDetails;

/** A record's history for its author and editors, folded: when, who, what changed, and the comment given. */
final class RecordHistory extends Section {

    RecordHistory(PracticeDetails record, ZoneId zone) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(zone);
        UnorderedList lines = new UnorderedList();
        for (PracticeDetails.HistoryLine line : record.history()) {
            String what = switch (line.action()) {
                case "STATUS" -> getTranslation("practice.history.status",
                        getTranslation("practice.status."
                                + Objects.requireNonNull(line.to(), "a status line names the new status").name()));
                case "EDITED" -> getTranslation("practice.history.edited", line.changed());
                default -> getTranslation("practice.history." + line.action());
            };
            String text = format.format(line.at()) + " · " + line.actor() + " · " + what
                    + (line.comment() == null ? "" : " — “" + line.comment() + "”");
            lines.add(new ListItem(text));
        }
        Details details = new Details(getTranslation("practice.history", record.history().size()), lines);
        details.addClassName("history");
        add(details);
    }
}
