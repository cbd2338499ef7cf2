package org.imcregistry.practice;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imcregistry.security.AccountDirectory;
import org.imcregistry.security.AccountSummary;
import org.springframework.stereotype.Component;

/**
 * Records as the people looking at them may see them: one record's details, with its history and the names behind
 * it for insiders only, and rows for lists with their authors' names. Runs inside the caller's transaction.
 */
@Component
class PracticeReader {

    private final PracticeHistoryRepository history;
    private final PracticeAccess access;
    private final AccountDirectory accounts;

    PracticeReader(PracticeHistoryRepository history, PracticeAccess access, AccountDirectory accounts) {
        this.history = history;
        this.access = access;
        this.accounts = accounts;
    }

    /** {@code practice} is one its reader may read; what else they see depends on who they are. */
    PracticeDetails details(Practice practice) {
        long id = practice.getId();
        // The history and the account names are for the author and editors; the public sees the record's own credits.
        boolean insider = access.isEditor() || access.isAuthor(practice);
        List<PracticeHistoryEntry> entries = insider ? history.findByPracticeIdOrderByAtAscIdAsc(id) : List.of();
        Set<Long> people = new HashSet<>();
        people.add(practice.getAuthorId());
        entries.forEach(e -> people.add(e.getActorId()));
        Map<Long, AccountSummary> names = insider ? accounts.byIds(people) : Map.of();
        List<PracticeDetails.HistoryLine> lines = entries.stream().map(e -> new PracticeDetails.HistoryLine(e.getAt(),
                name(names, e.getActorId()), e.getAction().name(), e.getFromStatus(), e.getToStatus(), e.getComment(),
                e.getChanged())).toList();
        // contact details without the named persons' agreement are for signed-in users only
        PracticeContent content = access.isSignedIn() ? practice.content() : practice.publicContent();
        return new PracticeDetails(id, practice.getVersion(), practice.getStatus(), content,
                name(names, practice.getAuthorId()), practice.getEditorComment(), practice.getUpdatedAt(),
                practice.getPublishedAt(), access.canEdit(practice), access.canSubmit(practice),
                access.canModerate(practice),
                access.isPublic(practice), lines, practice.isContactConsented());
    }

    List<PracticeRow> rows(List<Practice> list) {
        Map<Long, AccountSummary> names = accounts.byIds(list.stream().map(Practice::getAuthorId).distinct().toList());
        return list.stream().map(p -> new PracticeRow(p.getId(), p.getTitle(), p.getStatus(),
                name(names, p.getAuthorId()), p.getUpdatedAt(), p.getEditorComment())).toList();
    }

    private static String name(Map<Long, AccountSummary> names, long id) {
        AccountSummary account = names.get(id);
        return account == null ? "—" : account.displayName();
    }
}
