package org.imcregistry.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.imcregistry.common.ClasspathFiles;
import org.imcregistry.common.DemoData;
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

/**
 * Demo good practices: the real "Sogn for all" record (seed 003) and nine illustrative records in English,
 * Norwegian and Polish, imported from their template text and published by the demo editor; one more
 * waits in the editor's queue.
 */
@Component
@Order(30)
class PracticeDemoData implements DemoData {

    private static final Map<String, String> PARTNERSHIPS = Map.of("00-", "Sogn regionråd");

    private final PracticeRepository practices;
    private final PracticeHistoryRepository history;
    private final PublicLists lists;
    private final PartnershipRegister register;
    private final InitialAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PracticeDemoData(PracticeRepository practices, PracticeHistoryRepository history, PublicLists lists,
            PartnershipRegister register, InitialAccounts accounts, ApplicationEventPublisher events, Clock clock) {
        this.practices = practices;
        this.history = history;
        this.lists = lists;
        this.register = register;
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
            if (PARTNERSHIPS.containsKey(prefix)) {
                content = withPartnership(content, PARTNERSHIPS.get(prefix));
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

    private PracticeContent withPartnership(PracticeContent content, String partnershipName) {
        Long id = register.find(RegisterFilter.NONE, 0, 100).stream().filter(p -> p.name().equals(partnershipName))
                .map(PartnershipRow::id).findFirst().orElse(null);
        return new PracticeContent(content.title(), content.place(), content.region(), content.country(),
                content.keywords(), content.language(), content.startYear(), content.endYear(), id, content.website(),
                content.contact(), content.contributor(), content.researcher(), content.documented(),
                content.photoCredits(), content.sections(), content.themes(), content.sdgs(), content.municipalities());
    }
}
