package org.imcregistry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.imcregistry.IntegrationTest;
import org.imcregistry.common.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Views let a refusal escape their click listeners rather than each catching it to show the same message; this
 * handler is then what tells the person, so what it shows for each kind of failure is pinned down here.
 */
@IntegrationTest
class SessionErrorHandlingTest extends BrowserlessTestSupport {

    @Test
    void aRefusalIsShownInItsOwnWordsEvenWhenWrappedOnItsWayOut() {
        escape(new IllegalStateException("listener failed", new UserFacingException("import.error.no-rows")));
        assertThat(shown()).isEqualTo(text("import.error.no-rows"));
    }

    @Test
    void aConcurrentSaveAndADeniedAccessEachHaveTheirMessage() {
        escape(new ObjectOptimisticLockingFailureException("Practice", 42L));
        assertThat(shown()).isEqualTo(text("error.concurrent-change"));
        escape(new AccessDeniedException("not yours"));
        assertThat(shown()).isEqualTo(text("error.access-denied"));
    }

    @Test
    void anythingElseIsTheUnexpectedErrorMessageNeverItsTechnicalText() {
        escape(new IllegalStateException("connection reset by peer"));
        assertThat(shown()).isEqualTo(text("error.unexpected.text"));
    }

    /** What Vaadin does with an exception thrown by a listener: hands it to the session's error handler. */
    private static void escape(Throwable thrown) {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(thrown));
    }

    private String shown() {
        return test($(Notification.class).last()).getText();
    }
}
