package org.imcregistry.practice;

import org.imcregistry.common.UserFacingException;
import org.imcregistry.security.CurrentUser;
import org.imcregistry.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a record: anyone reads a published one; the author reads and works on their own
 * while it is theirs to work on; editors and admins read everything, correct text and moderate.
 */
@Component
class PracticeAccess {

    private final CurrentUser currentUser;

    PracticeAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    boolean isEditor() {
        return currentUser.hasRole(Role.EDITOR) || currentUser.hasRole(Role.ADMIN);
    }

    boolean isAuthor(Practice practice) {
        return currentUser.accountId().map(id -> id == practice.getAuthorId()).orElse(false);
    }

    boolean canRead(Practice practice) {
        return practice.getStatus() == PracticeStatus.PUBLISHED || isEditor() || isAuthor(practice);
    }

    boolean canEdit(Practice practice) {
        return isEditor() ? practice.getStatus() != PracticeStatus.REJECTED
                : isAuthor(practice) && practice.getStatus().editableByAuthor();
    }

    boolean canSubmit(Practice practice) {
        return (isAuthor(practice) || isEditor()) && practice.getStatus().editableByAuthor();
    }

    boolean canModerate(Practice practice) {
        return isEditor() && practice.getStatus() == PracticeStatus.SUBMITTED;
    }

    long actorId() {
        return currentUser.accountId().orElseThrow(() -> new UserFacingException("practice.error.sign-in"));
    }

    /** Refuses the same way whether the record is missing or not the reader's to see, so nothing leaks. */
    static UserFacingException notFound() {
        return new UserFacingException("practice.error.not-found");
    }
}
