package org.imcregistry.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.imcregistry.common.ClasspathFiles;
import org.imcregistry.common.DemoData;
import org.imcregistry.municipality.MunicipalityDirectory;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.municipality.PartnershipRow;
import org.imcregistry.municipality.PublicLists;
import org.imcregistry.municipality.RegisterFilter;
import org.imcregistry.practice.PracticeHistoryEntry.Action;
import org.imcregistry.security.InitialAccounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * Demo good practices: the real "Sogn for all" record (seed 003) and nine illustrative records in English,
 * Norwegian and Polish, imported from their template text and published by the demo editor; one more
 * waits in the editor's queue. Each names the municipality it took place in, or its partnership.
 */
@Component
@Order(30)
class PracticeDemoData implements DemoData {

    private static final Map<String, String> PARTNERSHIPS = Map.of("00-", "Sogn regionråd");

    /**
     * The municipality each record's place is in the register (as {@code country:code}), so that it has its place on
     * the map. Steinkjer (06-) is not in the demo register: that record is found by the search but has no place.
     */
    private static final Map<String, String> PLACES = Map.of("01-", "NO:3407", "02-", "SE:0781", "03-", "PL:1211011",
            "04-", "NO:3324", "05-", "NO:4651", "07-", "PL:0614044", "08-", "PL:1811011", "09-", "PL:3003011");

    private final PracticeRepository practices;
    private final PracticeHistoryRepository history;
    private final PublicLists lists;
    private final PartnershipRegister register;
    private final MunicipalityDirectory municipalities;
    private final InitialAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PracticeDemoData(PracticeRepository practices, PracticeHistoryRepository history, PublicLists lists,
            PartnershipRegister register, MunicipalityDirectory municipalities, InitialAccounts accounts,
            ApplicationEventPublisher events, Clock clock) {
        this.practices = practices;
        this.history = history;
        this.lists = lists;
        this.register = register;
        this.municipalities = municipalities;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void create() {
        long editor = accounts.idOf("editor").orElseThrow();
        long member = accounts.idOf("member").orElse(editor);
        PracticeTextImport reader = new PracticeTextImport(lists.practiceThemes());
        List<Resource> files = ClasspathFiles.find("demo/practices/*.txt");
        Instant when = clock.instant().minus(Duration.ofDays(files.size() * 20L));
        for (Resource file : files) {
            PracticeContent content = reader.parse(ClasspathFiles.read(file)).content();
            String prefix = Objects.requireNonNull(file.getFilename(), "a classpath file has a name").substring(0, 3);
            if (PARTNERSHIPS.containsKey(prefix) || PLACES.containsKey(prefix)) {
                content = linked(content, PARTNERSHIPS.get(prefix), PLACES.get(prefix));
            }
            boolean waiting = file.getFilename().startsWith("09-");
            long author = waiting ? member : editor;
            Practice practice = practices.save(new Practice(author, content.checked(), when));
            history.save(new PracticeHistoryEntry(practice.getId(), when, author, Action.IMPORTED, null,
                    PracticeStatus.DRAFT, file.getFilename(), null));
            practice.moveTo(PracticeStatus.SUBMITTED, null, when);
            history.save(new PracticeHistoryEntry(practice.getId(), when, author, Action.STATUS, PracticeStatus.DRAFT,
                    PracticeStatus.SUBMITTED, null, null));
            if (!waiting) {
                Instant published = when.plus(Duration.ofDays(3));
                practice.moveTo(PracticeStatus.PUBLISHED, null, published);
                history.save(new PracticeHistoryEntry(practice.getId(), published, editor, Action.STATUS,
                        PracticeStatus.SUBMITTED, PracticeStatus.PUBLISHED, null, null));
            }
            events.publishEvent(new PracticeChanged(practice.getId()));
            when = when.plus(Duration.ofDays(20));
        }
    }

    /** The record with the partnership involved and the municipality it took place in, each when there is one. */
    private PracticeContent linked(PracticeContent content, @Nullable String partnershipName,
            @Nullable String municipality) {
        Long id = partnershipName == null ? content.partnershipId() : register.find(RegisterFilter.NONE, 0, 100)
                .stream().filter(p -> p.name().equals(partnershipName)).map(PartnershipRow::id).findFirst()
                .orElse(null);
        Set<Long> places = municipality == null ? content.municipalities()
                : municipalities.byReference(municipality).map(m -> Set.of(m.id())).orElse(Set.of());
        return new PracticeContent(content.title(), content.place(), content.region(), content.country(),
                content.keywords(), content.language(), content.startYear(), content.endYear(), id, content.website(),
                content.contact(), content.contributor(), content.researcher(), content.documented(),
                content.photoCredits(), content.sections(), content.themes(), content.sdgs(), places,
                content.licence());
    }
}
