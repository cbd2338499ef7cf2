package org.imcregistry.shell;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.imcregistry.common.SecretTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A page failed to open: the log gets the stack trace, the user a calm message in their language. */
@AnonymousAllowed
public class UnexpectedErrorView extends Main implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        // The path of a personal link holds its secret, which must not reach the log.
        log.error("Could not open {}", SecretTokens.masked(event.getLocation().getPath()),
                parameter.getCaughtException());
        removeAll();
        add(new H1(getTranslation("error.unexpected.title")), new Paragraph(getTranslation("error.unexpected.text")),
                new RouterLink(getTranslation("error.back-home"), HomeView.class));
        addClassName("error-view");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
