package org.imcregistry.assessment.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.ui.EmptyState;
import org.springframework.security.access.AccessDeniedException;

/**
 * A page about one round ({@code assessments/:id/...}). An unknown id, or a round of another
 * partnership, gets the same calm message, so the page reveals nothing about rounds one may not see.
 */
abstract class RoundPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private String title = "";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show(id);
        } catch (NumberFormatException | UserFacingException | AccessDeniedException e) {
            removeAll();
            title = getTranslation("round.not-found.title");
            add(new EmptyState(VaadinIcon.LOCK, title, getTranslation("round.not-found.text")),
                    new RouterLink(getTranslation("round.back"), AssessmentsView.class));
        }
    }

    /** Builds the page for round {@code id}; may throw a refusal, which shows the not-found message. */
    protected abstract void show(long id);

    protected void setPageTitle(String title) {
        this.title = title;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
