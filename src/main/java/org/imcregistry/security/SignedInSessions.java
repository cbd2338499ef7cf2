package org.imcregistry.security;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionIdChangedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends every open session of an account once an administrator has disabled it or changed its roles, or a new
 * password was chosen with a link: a session keeps the roles it signed in with, so otherwise it would go on as
 * before until it times out.
 * The {@link SessionRegistry} knows which session ids belong to whom; the sessions themselves are kept here, from
 * the container's events, because ending one means invalidating it. That also ends the Vaadin session stored in
 * it, with its UIs, and the browser's next request is sent to sign in (where a disabled account is refused, and
 * changed roles are loaded afresh). This instance's sessions only: sessions are sticky to an instance.
 */
@Component
class SignedInSessions {

    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);

    /** A change to an account (its roles, its being enabled, its password) that its open sessions must not outlive. */
    record AccessChanged(String username) {
    }

    private final SessionRegistry registry;
    private final Map<String, HttpSession> sessionsById = new ConcurrentHashMap<>();

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    public void onCreated(HttpSessionCreatedEvent event) {
        sessionsById.put(event.getSession().getId(), event.getSession());
    }

    @EventListener
    public void onIdChanged(HttpSessionIdChangedEvent event) {
        HttpSession session = sessionsById.remove(event.getOldSessionId());
        if (session != null) {
            sessionsById.put(event.getNewSessionId(), session);
        }
    }

    @EventListener
    public void onDestroyed(HttpSessionDestroyedEvent event) {
        sessionsById.remove(event.getId());
    }

    /** After the change is committed, so that signing in again sees it, and a change that failed ends nothing. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void onAccessChanged(AccessChanged change) {
        endAllOf(change.username());
    }

    void endAllOf(String username) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (!username.equalsIgnoreCase(nameOf(principal))) {
                continue;
            }
            for (SessionInformation signedIn : registry.getAllSessions(principal, true)) {
                registry.removeSessionInformation(signedIn.getSessionId());
                HttpSession session = sessionsById.remove(signedIn.getSessionId());
                if (session != null) {
                    invalidate(session);
                    ended++;
                }
            }
        }
        // not the username: logs carry no names
        log.info("Ended {} session(s) of an account after a change to its access", ended);
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // It timed out or signed out in the meantime: just as good.
        }
    }

    private static String nameOf(Object principal) {
        return principal instanceof UserDetails user ? user.getUsername() : String.valueOf(principal);
    }
}
