package org.imcregistry.competition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.competition.Edition;
import org.imcregistry.competition.Entries;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.municipality.PartnershipRow;
import org.imcregistry.municipality.RegisterFilter;
import org.imcregistry.search.PracticeSearch;
import org.imcregistry.search.SearchPage;
import org.imcregistry.search.SearchQuery;
import org.imcregistry.ui.Notifications;
import org.springframework.stereotype.Component;

/**
 * Enters a published practice in an open edition: the manager for any applicant, a coordinator for a
 * partnership they coordinate (only those are offered).
 */
class EntryDialog extends Dialog {

    /** What the dialog offers and where it sends the entry. */
    @Component
    static class Sources {
        final PracticeSearch search;
        final PartnershipRegister register;
        final Entries entries;

        Sources(PracticeSearch search, PartnershipRegister register, Entries entries) {
            this.search = search;
            this.register = register;
            this.entries = entries;
        }
    }

    EntryDialog(Edition edition, Sources sources, boolean asApplicant, Runnable done) {
        setHeaderTitle(getTranslation(asApplicant ? "competition.enter" : "competition.entry.add"));
        ComboBox<SearchPage.Hit> practice = new ComboBox<>(getTranslation("competition.entry.practice"));
        practice.setItems(sources.search.allHits(SearchQuery.of("")));
        practice.setItemLabelGenerator(SearchPage.Hit::title);
        practice.setWidthFull();
        ComboBox<PartnershipRow> applicant = new ComboBox<>(getTranslation("competition.entry.applicant"));
        applicant.setItems(sources.register.find(RegisterFilter.NONE, 0, 1000).stream()
                .filter(p -> !asApplicant || sources.register.canEdit(p.id())).toList());
        applicant.setItemLabelGenerator(PartnershipRow::name);
        applicant.setWidthFull();
        Select<Edition.Category> category = new Select<>();
        category.setLabel(getTranslation("competition.entry.category"));
        category.setItems(edition.categories());
        category.setItemLabelGenerator(c -> c.name().in(getLocale()));
        add(new FormLayout(practice, applicant, category));
        Button add = new Button(getTranslation(asApplicant ? "competition.enter" : "competition.entry.add"), e -> {
            if (practice.isEmpty() || applicant.isEmpty() || category.isEmpty()) {
                Notifications.error(getTranslation("competition.error.entry-incomplete"));
                return;
            }
            try {
                if (asApplicant) {
                    sources.entries.enterOwn(edition.id(), practice.getValue().id(), applicant.getValue().id(),
                            category.getValue().id());
                } else {
                    sources.entries.enter(edition.id(), practice.getValue().id(), applicant.getValue().id(),
                            category.getValue().id(), null);
                }
            } catch (InvalidInputException invalid) {
                if (asApplicant || !"competition.error.applicant-mismatch".equals(invalid.problems().getFirst()
                        .messageKey())) {
                    throw invalid; // the session's error handler says what is wrong; the dialog stays open
                }
                // the record names another partnership (or none): the manager may still enter it, with a reason
                confirmOtherApplicant(edition, sources, practice.getValue().id(), applicant.getValue().id(),
                        category.getValue().id(), done);
                return;
            }
            entered(done);
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), add);
        setWidth("40rem");
    }

    private void entered(Runnable done) {
        Notifications.success(getTranslation("competition.entered"));
        close();
        done.run();
    }

    /** The record names another partnership (or none): the manager enters it for this applicant only with a reason. */
    private void confirmOtherApplicant(Edition edition, Sources sources, long practiceId, long applicantId,
            long categoryId, Runnable done) {
        ReasonDialog confirm = new ReasonDialog(getTranslation("competition.entry.other-applicant"), true,
                why -> sources.entries.enter(edition.id(), practiceId, applicantId, categoryId, why),
                () -> entered(done));
        confirm.add(new Paragraph(
                getTranslation("competition.entry.other-applicant.text")));
        confirm.open();
    }
}
