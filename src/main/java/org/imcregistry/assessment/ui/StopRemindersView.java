package org.imcregistry.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.imcregistry.assessment.RespondentLinks;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.ui.EmptyState;
import org.imcregistry.ui.ViewHeader;

/**
 * Where a respondent's "unsubscribe" link leads: one button that stops the reminders of this round. Opening the
 * page changes nothing, because mail scanners open links too.
 */
@Route("respond/:token/no-reminders")
@AnonymousAllowed
public class StopRemindersView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final RespondentLinks links;

    StopRemindersView(RespondentLinks links) {
        this.links = links;
        addClassName("form-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        Button stop = new Button(getTranslation("respond.stop-reminders"), VaadinIcon.BELL_SLASH.create());
        stop.addThemeVariants(ButtonVariant.PRIMARY);
        stop.addClickListener(e -> {
            try {
                links.stopReminders(token);
                removeAll();
                add(new EmptyState(VaadinIcon.CHECK, getTranslation("respond.reminders-stopped.title"),
                        getTranslation("respond.reminders-stopped.text")));
            } catch (UserFacingException refusal) {
                removeAll();
                add(new EmptyState(VaadinIcon.UNLINK, getTranslation("respond.unusable.title"),
                        getTranslation(refusal.messageKey(), refusal.arguments())));
            }
        });
        add(new ViewHeader(getPageTitle(), getTranslation("respond.stop-reminders.lead")),
                new Paragraph(stop));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("respond.stop-reminders.title");
    }
}
