package org.imcregistry.shell;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A mistyped or outdated address: say so plainly and offer the way home; no technical detail. */
@Tag("main")
@AnonymousAllowed
public class NotFoundView extends RouteNotFoundError {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        getElement().removeAllChildren();
        getElement().appendChild(new H1(getTranslation("error.not-found.title")).getElement(),
                new Paragraph(getTranslation("error.not-found.text")).getElement(),
                new RouterLink(getTranslation("error.back-home"), HomeView.class).getElement());
        getElement().getClassList().add("error-view");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
