package org.imcregistry.ui;

import org.imcregistry.common.UserFacingException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whatever goes wrong while handling a click reaches the user as a short message in their language
 * and the log as a stack trace; a refusal the user can act on is shown as such.
 */
@Component
class SessionErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(SessionErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable cause = rootUserFacing(error.getThrowable());
            if (UI.getCurrent() == null) {
                log.error("Error outside a UI", error.getThrowable());
                return;
            }
            if (cause instanceof UserFacingException refusal) {
                Notifications.refused(refusal);
            } else if (cause instanceof OptimisticLockingFailureException) {
                // Two people saved the same thing at the same moment; the later save was rolled back.
                log.info("Concurrent change refused: {}", cause.getMessage());
                Notifications.error(UI.getCurrent().getTranslation("error.concurrent-change"));
            } else if (cause instanceof AccessDeniedException) {
                log.warn("Access denied: {}", cause.getMessage());
                Notifications.error(UI.getCurrent().getTranslation("error.access-denied"));
            } else {
                log.error("Unexpected error", error.getThrowable());
                Notifications.error(UI.getCurrent().getTranslation("error.unexpected.text"));
            }
        }));
    }

    private static Throwable rootUserFacing(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException || t instanceof AccessDeniedException
                    || t instanceof OptimisticLockingFailureException) {
                return t;
            }
        }
        return thrown;
    }
}
