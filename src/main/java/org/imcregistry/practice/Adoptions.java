package org.imcregistry.practice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.imcregistry.common.Text;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.municipality.PartnershipAccess;
import org.imcregistry.municipality.PublicLists;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partnerships saying "we are adopting this practice": one of a partnership's people adopts a public record for it,
 * once, with a short note that the record's page shows and its author is mailed; they, or another of its people,
 * withdraw it again. A record that is not public (a draft, a rejected or a held one) cannot be adopted.
 */
@Service
public class Adoptions {

    /** The longest note, in characters. */
    public static final int NOTE_LENGTH = 500;

    /** A partnership adopting a record, as anyone may read it (the public page, the open data API). */
    public record Adopter(long partnershipId, String partnershipName, Instant adoptedAt) {
    }

    private final PracticeRepository practices;
    private final PracticeAdoptionRepository adoptions;
    private final AdoptionQueries queries;
    private final PracticeAccess access;
    private final PartnershipAccess partnerships;
    private final PublicLists lists;
    private final RecordNotifications notifications;
    private final Clock clock;

    Adoptions(PracticeRepository practices, PracticeAdoptionRepository adoptions, AdoptionQueries queries,
            PracticeAccess access, PartnershipAccess partnerships, PublicLists lists,
            RecordNotifications notifications, Clock clock) {
        this.practices = practices;
        this.adoptions = adoptions;
        this.queries = queries;
        this.access = access;
        this.partnerships = partnerships;
        this.lists = lists;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The partnerships adopting a public record, first adopter first; none for a record that is not public. */
    // The same for everyone, as the public page is: names of partnerships and dates, no notes.
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Adopter> of(long practiceId) {
        if (practices.findById(practiceId).filter(access::isPublic).isEmpty()) {
            return List.of();
        }
        return adopters(adoptions.findByPracticeIdOrderByAdoptedAtAscIdAsc(practiceId)).getOrDefault(practiceId,
                List.of());
    }

    /** The adopters of several records at once (a batch of the open data dump): one query, whatever their number. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Map<Long, List<Adopter>> of(Collection<Long> practiceIds) {
        List<Long> open = practices.findAllById(practiceIds).stream().filter(access::isPublic).map(Practice::getId)
                .toList();
        return open.isEmpty() ? Map.of() : adopters(adoptions.findByPracticeIdInOrderByAdoptedAtAscIdAsc(open));
    }

    /** By record, first adopter first; a partnership the register no longer lists is left out. */
    private Map<Long, List<Adopter>> adopters(List<PracticeAdoption> rows) {
        Map<Long, String> names = lists.partnershipNames(rows.stream().map(PracticeAdoption::getPartnershipId).toList());
        Map<Long, List<Adopter>> byRecord = new HashMap<>();
        for (PracticeAdoption a : rows) {
            String name = names.get(a.getPartnershipId());
            if (name != null) {
                byRecord.computeIfAbsent(a.getPracticeId(), k -> new ArrayList<>())
                        .add(new Adopter(a.getPartnershipId(), name, a.getAdoptedAt()));
            }
        }
        return byRecord;
    }

    /** A record's adoptions as its reader sees them on its page, with what they may do; refused like the record. */
    // Anyone who may read the record; PracticeAccess decides per record.
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public RecordAdoptions onRecord(long practiceId) {
        Practice practice = readable(practiceId);
        boolean adoptable = access.isPublic(practice);
        List<PracticeAdoption> rows = adoptions.findByPracticeIdOrderByAdoptedAtAscIdAsc(practiceId);
        Set<Long> mine = Set.copyOf(partnerships.partnershipsOfCurrentUser());
        Set<Long> ids = new HashSet<>(mine);
        rows.forEach(a -> ids.add(a.getPartnershipId()));
        Map<Long, String> names = lists.partnershipNames(ids);
        List<RecordAdoptions.Adoption> shown = new ArrayList<>();
        for (PracticeAdoption a : rows) {
            String name = names.get(a.getPartnershipId());
            if (name != null) {
                shown.add(new RecordAdoptions.Adoption(a.getPartnershipId(), name, a.getAdoptedAt(), a.getNote(),
                        mine.contains(a.getPartnershipId())));
            }
        }
        Map<Long, String> mayAdoptFor = new LinkedHashMap<>();
        if (adoptable) {
            mine.stream().filter(names::containsKey)
                    .filter(id -> rows.stream().noneMatch(a -> a.getPartnershipId() == id))
                    .sorted(Comparator.comparing(names::get, String.CASE_INSENSITIVE_ORDER))
                    .forEach(id -> mayAdoptFor.put(id, names.get(id)));
        }
        return new RecordAdoptions(practiceId, adoptable, shown, mayAdoptFor);
    }

    /**
     * The signed-in person says their partnership is adopting a public record, with a note (required, at most
     * {@link #NOTE_LENGTH} characters); the record's author hears of it by mail. Refused for a partnership they take
     * no part in (also for administrators: the word is the partnership's), for a record that is not public, and for
     * a record the partnership adopts already.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void adopt(long practiceId, long partnershipId, @Nullable String note) {
        Practice practice = readable(practiceId);
        if (!access.isPublic(practice)) {
            throw new UserFacingException("practice.adoption.error.not-public");
        }
        String partnership = ownPartnership(partnershipId);
        if (adoptions.findByPracticeIdAndPartnershipId(practiceId, partnershipId).isPresent()) {
            throw new UserFacingException("practice.adoption.error.already", partnership);
        }
        String text = checkedNote(note);
        long actor = access.actorId();
        try {
            adoptions.saveAndFlush(new PracticeAdoption(practiceId, partnershipId, text, actor, clock.instant()));
        } catch (DataIntegrityViolationException adoptedInBetween) {
            // Two of its people adopted it at the same moment; the other one was first.
            throw new UserFacingException("practice.adoption.error.already", partnership);
        }
        notifications.adopted(practice, partnership, text, actor);
    }

    /** One of the partnership's people withdraws its adoption of a record. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void withdraw(long practiceId, long partnershipId) {
        String partnership = ownPartnership(partnershipId);
        PracticeAdoption adoption = adoptions.findByPracticeIdAndPartnershipId(practiceId, partnershipId)
                .orElseThrow(() -> new UserFacingException("practice.adoption.error.not-adopted", partnership));
        adoptions.delete(adoption);
    }

    /** The public records a partnership adopts, newest adoption first: its page lists them. */
    // Signed-in people read the register, and so a partnership's page.
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AdoptedRecord> adoptedBy(long partnershipId) {
        return queries.adoptedBy(partnershipId);
    }

    /** Adoptions across the registry and the {@code limit} most adopted records, for the register's overview. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public AdoptionFigures figures(int limit) {
        return queries.figures(limit);
    }

    /** The note as stored: stripped, without control characters; refused when empty or too long. */
    static String checkedNote(@Nullable String note) {
        String text = note == null ? "" : Text.withoutControlCharacters(note.strip());
        if (text.isEmpty()) {
            throw new InvalidInputException(List.of(Problem.of("note", "practice.adoption.error.note-required")));
        }
        if (text.length() > NOTE_LENGTH) {
            throw new InvalidInputException(List.of(Problem.of("note", "practice.adoption.error.note-too-long",
                    NOTE_LENGTH, text.length())));
        }
        return text;
    }

    /** The partnership's name, when the signed-in person is one of its people (coordinator or member). */
    private String ownPartnership(long partnershipId) {
        if (!partnerships.partnershipsOfCurrentUser().contains(partnershipId)) {
            throw new UserFacingException("practice.adoption.error.not-yours");
        }
        return lists.partnershipName(partnershipId).orElseThrow(() ->
                new UserFacingException("practice.adoption.error.not-yours"));
    }


    private Practice readable(long id) {
        return practices.findById(id).filter(access::canRead).orElseThrow(PracticeAccess::notFound);
    }
}
