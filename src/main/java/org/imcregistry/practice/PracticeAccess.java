package org.imcregistry.practice;

import java.util.Map;
import org.imcregistry.common.SqlValues;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.security.CurrentUser;
import org.imcregistry.security.Role;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a record: anyone reads a published one (unless it is held back: then editors, its author and
 * competition managers); the author reads and works on their own
 * while it is theirs to work on; editors and admins read everything, correct text and moderate.
 */
@Component
class PracticeAccess {

    private final CurrentUser currentUser;
    private final NamedParameterJdbcTemplate jdbc;

    PracticeAccess(CurrentUser currentUser, NamedParameterJdbcTemplate jdbc) {
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    boolean isSignedIn() {
        return currentUser.accountId().isPresent();
    }

    boolean isEditor() {
        return currentUser.hasRole(Role.EDITOR) || currentUser.hasRole(Role.ADMIN);
    }

    boolean isAuthor(Practice practice) {
        return currentUser.accountId().map(id -> id == practice.getAuthorId()).orElse(false);
    }

    /** A held record (see {@link PracticeHolds}) is published, yet only those who may read it while held do. */
    boolean canRead(Practice practice) {
        if (isEditor() || isAuthor(practice)) {
            return true;
        }
        return practice.getStatus() == PracticeStatus.PUBLISHED && (currentUser.hasRole(Role.MANAGER)
                || !isHeld(practice.getId()));
    }

    /** Public: published and not held, so the same for every reader (the public page, the API, adoptions). */
    boolean isPublic(Practice practice) {
        return practice.getStatus() == PracticeStatus.PUBLISHED && !isHeld(practice.getId());
    }

    boolean isHeld(long practiceId) {
        return SqlValues.present(jdbc.queryForObject("select count(*) from practice_hold where practice_id = :p",
                Map.of("p", practiceId), Integer.class)) > 0;
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
