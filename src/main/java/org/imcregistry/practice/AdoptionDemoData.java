package org.imcregistry.practice;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.imcregistry.common.DemoData;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.municipality.PartnershipRow;
import org.imcregistry.municipality.RegisterFilter;
import org.imcregistry.security.InitialAccounts;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * Two demo adoptions, after the demo records exist: the Kraków metropolis (the demo member's partnership) and
 * Sogn regionråd (the demo coordinator's) both take up the Podhale shared digital services centre. Written
 * directly, as the demo's other records are, so that no mail is queued for them.
 */
@Component
@Order(35)
class AdoptionDemoData implements DemoData {

    private static final String RECORD = "Podhale Shared Digital Services Centre";

    private final PracticeRepository practices;
    private final PracticeAdoptionRepository adoptions;
    private final PartnershipRegister register;
    private final InitialAccounts accounts;
    private final Clock clock;

    AdoptionDemoData(PracticeRepository practices, PracticeAdoptionRepository adoptions,
            PartnershipRegister register, InitialAccounts accounts, Clock clock) {
        this.practices = practices;
        this.adoptions = adoptions;
        this.register = register;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void create() {
        Optional<Practice> record = practices.findAll().stream()
                .filter(p -> p.getTitle().equals(RECORD) && p.getStatus() == PracticeStatus.PUBLISHED).findFirst();
        if (record.isEmpty()) {
            return;
        }
        Map<String, Long> partnerships = register.find(RegisterFilter.NONE, 0, 100).stream()
                .collect(Collectors.toMap(PartnershipRow::name, PartnershipRow::id, (a, b) -> a));
        long id = record.get().getId();
        adopt(id, partnerships.get("Stowarzyszenie Metropolia Krakowska"), "member", 60,
                "We are setting up one service desk for the municipalities of the Kraków area on the Podhale model:"
                        + " first e-invoicing and IT security, then a shared help desk for residents.");
        adopt(id, partnerships.get("Sogn regionråd"), "coordinator", 25,
                "Vi prøver ut en felles digital servicedesk for Sogn etter denne modellen, først for sak/arkiv og"
                        + " informasjonssikkerhet.");
    }

    private void adopt(long practiceId, @Nullable Long partnershipId, String username, int daysAgo, String note) {
        Optional<Long> person = accounts.idOf(username);
        if (partnershipId != null && person.isPresent()) {
            adoptions.save(new PracticeAdoption(practiceId, partnershipId, note, person.get(),
                    clock.instant().minus(Duration.ofDays(daysAgo))));
        }
    }
}
