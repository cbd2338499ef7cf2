package org.imcregistry.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteParameters;
import java.util.Locale;
import org.imcregistry.practice.PracticeDetails;
import org.imcregistry.practice.Practices;
import org.imcregistry.ui.Notifications;

/**
 * Where a record stands in moderation, what happens next, and the buttons for the next step its reader may take:
 * edit, submit, or an editor's publish, request for information or rejection. After a step the page reloads.
 */
final class WorkflowBox extends Aside {

    private final Practices practices;

    WorkflowBox(PracticeDetails record, Practices practices) {
        this.practices = practices;
        String comment = record.editorComment() == null ? "" : record.editorComment();
        Paragraph state = new Paragraph(getTranslation("practice.state." + record.status().name(), comment));
        HorizontalLayout actions = new HorizontalLayout();
        if (record.canEdit()) {
            actions.add(new Button(getTranslation("practice.edit"), VaadinIcon.EDIT.create(), e -> getUI().ifPresent(
                    ui -> ui.navigate(PracticeEditorView.class, new RouteParameters("id", String.valueOf(record.id()))))));
        }
        if (record.canSubmit()) {
            Button submit = new Button(getTranslation("practice.submit"), VaadinIcon.PAPERPLANE.create(),
                    e -> confirmSubmit(record.id()));
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(submit);
        }
        if (record.canModerate()) {
            Button publish = new Button(getTranslation("practice.publish"), VaadinIcon.CHECK.create(),
                    e -> new ModerationDialog(getTranslation("practice.publish"), false,
                            text -> practices.publish(record.id(), text), this::reload).open());
            publish.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(publish,
                    new Button(getTranslation("practice.request-information"), VaadinIcon.QUESTION_CIRCLE.create(),
                            e -> new ModerationDialog(getTranslation("practice.request-information"), true,
                                    text -> practices.requestInformation(record.id(), text), this::reload).open()),
                    new Button(getTranslation("practice.reject"), VaadinIcon.BAN.create(),
                            e -> new ModerationDialog(getTranslation("practice.reject"), true,
                                    text -> practices.reject(record.id(), text), this::reload).open()));
        }
        add(state, actions);
        addClassName("workflow-box");
        addClassName("status-" + record.status().name().toLowerCase(Locale.ROOT));
        getElement().setAttribute("role", "status");
    }

    private void confirmSubmit(long id) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("practice.submit.title"),
                getTranslation("practice.submit.text"), getTranslation("practice.submit"), e -> {
                    practices.submit(id);
                    Notifications.success(getTranslation("practice.submitted"));
                    reload();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private void reload() {
        getUI().ifPresent(ui -> ui.getPage().reload());
    }
}
