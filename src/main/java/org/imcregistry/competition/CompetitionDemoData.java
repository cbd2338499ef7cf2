package org.imcregistry.competition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.imcregistry.common.DemoData;
import org.imcregistry.municipality.MunicipalityDirectory;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.municipality.RegisterFilter;
import org.imcregistry.practice.PracticeDirectory;
import org.imcregistry.practice.PracticeDirectory.PublishedRecord;
import org.imcregistry.practice.RecordLanguage;
import org.imcregistry.security.InitialAccounts;
import org.imcregistry.security.Role;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A demo edition in the judging stage: five entries from the demo practices, one found not eligible, three
 * jurors (the demo {@code juror}, {@code juror2} who represents Kraków and so never judges the Kraków entry,
 * and {@code juror3}) with two jurors per entry. The other two jurors have submitted; the demo juror's
 * entries wait for them.
 */
@Component
@Order(40)
class CompetitionDemoData implements DemoData {

    private final Editions editions;
    private final Entries entries;
    private final Jury jury;
    private final Judging judging;
    private final InitialAccounts accounts;
    private final PracticeDirectory records;
    private final MunicipalityDirectory municipalities;
    private final PartnershipRegister register;
    private final UserDetailsService users;
    private final SecurityContextHolderStrategy security;

    CompetitionDemoData(Editions editions, Entries entries, Jury jury, Judging judging, InitialAccounts accounts,
            PracticeDirectory records, MunicipalityDirectory municipalities, PartnershipRegister register,
            UserDetailsService users, SecurityContextHolderStrategy security) {
        this.editions = editions;
        this.entries = entries;
        this.jury = jury;
        this.judging = judging;
        this.accounts = accounts;
        this.records = records;
        this.municipalities = municipalities;
        this.register = register;
        this.users = users;
        this.security = security;
    }

    @Override
    @Transactional
    public void create() {
        accounts.createDemoUser("juror2", "Jan Nowak", Role.JUROR);
        accounts.createDemoUser("juror3", "Ingrid Berg", Role.JUROR);
        municipalities.find(null, "Kraków", 0, 50).stream().filter(m -> m.name().equals("Kraków")).findFirst()
                .ifPresent(krakow -> accounts.representing("juror2", krakow.id()));
        long id = editions.create("IMC good practices", 2026);
        Edition edition = editions.get(id);
        editions.configure(id, edition.version(), new Editions.Settings(null, null, null, 2, false, false,
                AggregationMethod.WEIGHTED_MEAN, ShortlistRule.TOP_N, 2, edition.tieBreaks(), edition.weights()));
        editions.advance(id, editions.get(id).version());
        // two English, two Polish and one Norwegian record, so that juror2 (Kraków) meets a conflict of interest
        List<PublishedRecord> published = records.firstPublished(1000);
        List<PublishedRecord> practices = new ArrayList<>();
        for (RecordLanguage language : List.of(RecordLanguage.EN, RecordLanguage.PL, RecordLanguage.NB,
                RecordLanguage.EN, RecordLanguage.PL)) {
            published.stream().filter(p -> p.language() == language && !practices.contains(p)).findFirst()
                    .ifPresent(practices::add);
        }
        long sogn = partnership("Sogn regionråd");
        long krakow = partnership("Stowarzyszenie Metropolia Krakowska");
        long brann = partnership("Sogn brann og redning IKS");
        List<Edition.Category> categories = edition.categories();
        for (int i = 0; i < practices.size(); i++) {
            PublishedRecord practice = practices.get(i);
            // A record that names its partnership is entered for it; the others for a demo applicant, with a reason.
            long applicant = practice.partnershipId() != null ? practice.partnershipId()
                    : practice.language() == RecordLanguage.PL ? krakow : i == 0 ? sogn : brann;
            entries.enter(id, practice.id(), applicant, categories.get(i % categories.size()).id(),
                    practice.partnershipId() != null ? null : "Demo entry: the record names no partnership.");
        }
        editions.advance(id, editions.get(id).version());
        List<EntryRow> rows = entries.of(id);
        for (int i = 0; i < rows.size(); i++) {
            if (i == rows.size() - 1) {
                entries.markEligibility(rows.get(i).id(), false, "Implemented less than 6 months ago.");
            } else {
                entries.markEligibility(rows.get(i).id(), true, null);
            }
        }
        Set<Long> jurors = Set.of(accounts.idOf("juror").orElseThrow(), accounts.idOf("juror2").orElseThrow(),
                accounts.idOf("juror3").orElseThrow());
        jury.setJurors(id, jurors);
        jury.assignAutomatically(id);
        editions.advance(id, editions.get(id).version());
        var system = security.getContext().getAuthentication();
        try {
            for (String juror : List.of("juror2", "juror3")) {
                var details = users.loadUserByUsername(juror);
                security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details,
                        "n/a", details.getAuthorities()));
                for (Judging.QueueItem item : judging.queue(id)) {
                    // every criterion of an entry gets the same score, 7 or 8 by the entry: entries of a category
                    // tie, and the ranking shows in words which rule broke the tie
                    int score = 7 + (int) (item.entryId() % 2);
                    for (Edition.Criterion criterion : edition.criteria()) {
                        judging.save(item.assignmentId(), criterion.id(), score, null);
                    }
                    judging.submit(item.assignmentId());
                }
            }
        } finally {
            security.getContext().setAuthentication(system);
        }
    }

    private long partnership(String name) {
        return register.find(new RegisterFilter(name, null, null, null, null, null), 0, 50).stream()
                .filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }
}
