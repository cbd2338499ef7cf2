package org.imcregistry.practice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.imcregistry.common.Text;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.practice.PracticeHistoryEntry.Action;
import org.springframework.stereotype.Component;

/**
 * What the photo and attachment services share: the record, found only for those who may read it (or work on it),
 * the texts checked, and a line in the record's history for each change, as for an edit of its text.
 */
@Component
class RecordFileAccess {

    private final PracticeRepository practices;
    private final PracticeAccess access;
    private final PracticeHistoryRepository history;
    private final RecordFileStore store;
    private final Clock clock;

    RecordFileAccess(PracticeRepository practices, PracticeAccess access, PracticeHistoryRepository history,
            RecordFileStore store, Clock clock) {
        this.practices = practices;
        this.access = access;
        this.history = history;
        this.store = store;
        this.clock = clock;
    }

    Practice readable(long practiceId) {
        return practices.findById(practiceId).filter(access::canRead).orElseThrow(PracticeAccess::notFound);
    }

    /** The record, locked for the change, if the signed-in person may edit it. */
    Practice editable(long practiceId) {
        Practice practice = readable(practiceId);
        if (!access.canEdit(practice)) {
            throw new UserFacingException("practice.error.not-editable");
        }
        store.lock(practiceId);
        return practice;
    }

    boolean isPublic(Practice practice) {
        return access.isPublic(practice);
    }

    /** Whether the record exists and is public: published and not held, whoever asks. */
    boolean publicRecord(long practiceId) {
        return practices.findById(practiceId).filter(access::isPublic).isPresent();
    }

    long actor() {
        return access.actorId();
    }

    java.time.Instant now() {
        return clock.instant();
    }

    void changed(Practice practice, String what) {
        history.save(new PracticeHistoryEntry(practice.getId(), clock.instant(), access.actorId(), Action.EDITED, null,
                null, null, what));
    }

    /** Both texts required, trimmed, within their lengths; refused with every problem at once. */
    static String[] described(String alternativeText, String credit, String firstField, int firstMax,
            String secondField, int secondMax) {
        List<Problem> problems = new ArrayList<>();
        String first = Text.required(alternativeText, firstField, firstMax, problems);
        String second = Text.required(credit, secondField, secondMax, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new String[] {Objects.requireNonNull(first, "checked"), Objects.requireNonNull(second, "checked")};
    }
}
