package org.imcregistry.assessment.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.imcregistry.assessment.RespondentLinks;
import org.imcregistry.assessment.RespondentLinks.LinkedSheet;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.ui.EmptyState;
import org.imcregistry.ui.ViewHeader;

/**
 * The answer form reached by a personal link, with no account and no sign-in. Leaving and coming back through
 * the same link (or any later one) finds the answers as they were left.
 */
@Route("respond/:token")
@AnonymousAllowed
public class RespondView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final RespondentLinks links;
    private String title = "";

    RespondView(RespondentLinks links) {
        this.links = links;
        addClassName("form-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        try {
            LinkedSheet linked = links.open(token);
            title = linked.sheet().title();
            String lead = getTranslation(linked.deadline() == null ? "respond.lead" : "respond.lead-deadline",
                    linked.partnershipName(), linked.deadline() == null ? "" : linked.deadline().toString());
            add(new ViewHeader(title, lead));
            if (linked.respondentName() != null) {
                add(AnswerForm.notice(getTranslation("respond.answering-as", linked.respondentName())));
            }
            add(new AnswerForm(linked.sheet(), (key, input) -> links.saveAnswer(token, key, input),
                    () -> links.submit(token), () -> getUI().ifPresent(ui -> ui.refreshCurrentRoute(false))));
        } catch (UserFacingException refusal) {
            title = getTranslation("respond.unusable.title");
            add(new EmptyState(VaadinIcon.UNLINK, title,
                    getTranslation(refusal.messageKey(), refusal.arguments())));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
