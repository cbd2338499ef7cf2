package org.imcregistry.practice;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.practice.PracticeHistoryEntry.Action;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The good-practice workflow: draft → submitted → (needs information ↔ submitted) → published or rejected,
 * every change kept in the history, and two people never silently overwriting each other.
 */
@Service
public class Practices {

    private final PracticeRepository practices;
    private final PracticeHistoryRepository history;
    private final PracticeAccess access;
    private final PracticeReader reader;
    private final ThemeVocabulary themes;
    private final ApplicationEventPublisher events;
    private final RecordNotifications notifications;
    private final Clock clock;

    Practices(PracticeRepository practices, PracticeHistoryRepository history, PracticeAccess access,
            PracticeReader reader, ThemeVocabulary themes, ApplicationEventPublisher events,
            RecordNotifications notifications, Clock clock) {
        this.practices = practices;
        this.notifications = notifications;
        this.history = history;
        this.access = access;
        this.reader = reader;
        this.themes = themes;
        this.events = events;
        this.clock = clock;
    }

    /** A new draft by the signed-in person. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long create(PracticeContent content) {
        return create(content, Action.CREATED, null);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    long create(PracticeContent content, Action how, @Nullable String note) {
        PracticeContent checked = themes.checked(content);
        Instant now = clock.instant();
        Practice practice = practices.save(new Practice(access.actorId(), checked, now));
        record(practice, how, null, PracticeStatus.DRAFT, note, null);
        events.publishEvent(new PracticeChanged(practice.getId()));
        return practice.getId();
    }

    /**
     * Saves an edit made on the version the person started from; refused when someone else saved in
     * between, so that neither loses their text (the view keeps the refused text for the person).
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long update(long id, long expectedVersion, PracticeContent content) {
        Practice practice = readable(id);
        if (!access.canEdit(practice)) {
            throw new UserFacingException("practice.error.not-editable");
        }
        if (practice.getVersion() != expectedVersion) {
            throw new UserFacingException("practice.error.conflict");
        }
        PracticeContent checked = themes.checked(content);
        List<String> changed = checked.changedFrom(practice.content());
        if (changed.isEmpty()) {
            return practice.getVersion();
        }
        practice.apply(checked, clock.instant());
        record(practice, Action.EDITED, null, null, null, String.join(", ", changed));
        try {
            practices.flush();
        } catch (OptimisticLockingFailureException savedInBetween) {
            // Both started from the same version and the other save landed first, after the check above.
            throw new UserFacingException("practice.error.conflict");
        }
        events.publishEvent(new PracticeChanged(id));
        return practice.getVersion();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void submit(long id) {
        Practice practice = readable(id);
        if (!access.canSubmit(practice)) {
            throw new UserFacingException("practice.error.step", practice.getStatus());
        }
        move(practice, PracticeStatus.SUBMITTED, null);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public void requestInformation(long id, String comment) {
        moderate(id, PracticeStatus.NEEDS_INFORMATION, ModerationComments.required(comment));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public void publish(long id, @Nullable String comment) {
        moderate(id, PracticeStatus.PUBLISHED, ModerationComments.optional(comment));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public void reject(long id, String comment) {
        moderate(id, PracticeStatus.REJECTED, ModerationComments.required(comment));
    }

    /** The drafts read from one document, all in one transaction: one refused record stores none. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    List<Long> createImported(List<PracticeContent> contents, @Nullable String fileName) {
        return contents.stream().map(content -> create(content, Action.IMPORTED, fileName)).toList();
    }

    /** A record as its reader may see it; a record they may not see looks the same as a missing one. */
    // Anyone may ask; PracticeAccess decides per record (published, held, the author, editors).
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public PracticeDetails details(long id) {
        return reader.details(readable(id));
    }

    /** The signed-in person's own records, newest change first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PracticeRow> mine() {
        return reader.rows(practices.findByAuthorIdOrderByUpdatedAtDesc(access.actorId()));
    }

    /** What waits for an editor: submitted records, oldest first, and those sent back for information. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public List<PracticeRow> moderationQueue() {
        return reader.rows(practices.findByStatusInOrderByUpdatedAtAsc(List.of(PracticeStatus.SUBMITTED,
                PracticeStatus.NEEDS_INFORMATION)));
    }

    private void moderate(long id, PracticeStatus next, @Nullable String comment) {
        Practice practice = readable(id);
        if (!access.canModerate(practice)) {
            throw new UserFacingException("practice.error.step", practice.getStatus());
        }
        move(practice, next, comment);
    }

    private void move(Practice practice, PracticeStatus next, @Nullable String comment) {
        PracticeStatus from = practice.getStatus();
        practice.moveTo(next, comment, clock.instant());
        record(practice, Action.STATUS, from, next, comment, null);
        notifications.moved(practice, next, comment, access.actorId());
        events.publishEvent(new PracticeChanged(practice.getId()));
    }

    private void record(Practice practice, Action action, @Nullable PracticeStatus from, @Nullable PracticeStatus to,
            @Nullable String comment, @Nullable String changed) {
        history.save(new PracticeHistoryEntry(practice.getId(), clock.instant(), access.actorId(), action, from, to,
                comment, changed));
    }

    private Practice readable(long id) {
        return practices.findById(id).filter(access::canRead).orElseThrow(PracticeAccess::notFound);
    }
}
