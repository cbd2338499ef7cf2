package org.imcregistry.assessment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.imcregistry.assessment.framework.Criterion;
import org.imcregistry.assessment.framework.Framework;
import org.imcregistry.assessment.framework.Scale;
import org.imcregistry.common.DemoData;
import org.imcregistry.municipality.PartnershipDetails;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.municipality.PartnershipRow;
import org.imcregistry.municipality.RegisterFilter;
import org.imcregistry.security.InitialAccounts;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo self-assessments on the development framework: a closed round for each partnership (so that
 * Sogn regionråd has peers to be compared with and a trend), and open rounds that the demo coordinator
 * (Sogn regionråd) and the demo member (Kraków) can answer. Scores are random but repeatable.
 */
@Component
@Order(20)
class AssessmentDemoData implements DemoData {

    private final StoredFrameworkRepository frameworks;
    private final FrameworkCatalog catalog;
    private final AssessmentRoundRepository rounds;
    private final RespondentRepository respondents;
    private final ConsensusRepository consensus;
    private final PartnershipRegister register;
    private final InitialAccounts accounts;
    private final Clock clock;

    AssessmentDemoData(StoredFrameworkRepository frameworks, FrameworkCatalog catalog,
            AssessmentRoundRepository rounds, RespondentRepository respondents, ConsensusRepository consensus,
            PartnershipRegister register, InitialAccounts accounts, Clock clock) {
        this.frameworks = frameworks;
        this.catalog = catalog;
        this.rounds = rounds;
        this.respondents = respondents;
        this.consensus = consensus;
        this.register = register;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void create() {
        long frameworkId = frameworks.findByKeyAndVersion("imc-partnership-development", 1).orElseThrow().getId();
        Framework framework = catalog.byId(frameworkId);
        Random random = new Random(2026);
        Instant start = clock.instant().minus(Duration.ofDays(400));
        List<PartnershipRow> all = register.find(RegisterFilter.NONE, 0, 100);
        for (PartnershipRow partnership : all) {
            closedRound(partnership.id(), frameworkId, framework, "Self-assessment 2025", start, random);
        }
        openRound(named(all, "Sogn regionråd"), frameworkId, "coordinator", "Sogndal");
        openRound(named(all, "Stowarzyszenie Metropolia Krakowska"), frameworkId, "member", "Kraków");
    }

    private void closedRound(long partnershipId, long frameworkId, Framework framework, String title, Instant when,
            Random random) {
        AssessmentRound round = rounds.save(new AssessmentRound(partnershipId, frameworkId, title, null,
                AnswerVisibility.ALL_MEMBERS, when));
        round.close(when.plus(Duration.ofDays(30)));
        for (Criterion criterion : framework.criteria()) {
            int stages = ((Scale.Stages) criterion.scale()).stages().size();
            Consensus agreed = new Consensus(round.getId(), criterion.key());
            agreed.decide(1 + random.nextInt(stages - 1), "Agreed at the partnership's annual meeting.", null,
                    when.plus(Duration.ofDays(29)));
            consensus.save(agreed);
        }
    }

    private void openRound(long partnershipId, long frameworkId, String username, String municipality) {
        PartnershipDetails details = register.details(partnershipId);
        long municipalityId = details.members().stream().filter(m -> m.municipality().name().equals(municipality))
                .findFirst().orElseThrow().municipality().id();
        AssessmentRound round = rounds.save(new AssessmentRound(partnershipId, frameworkId, "Self-assessment 2026",
                LocalDate.now(clock).plusWeeks(4), AnswerVisibility.COORDINATOR_ONLY, clock.instant()));
        accounts.idOf(username).ifPresent(id -> respondents.save(new Respondent(round.getId(), id, municipalityId,
                RespondentGroup.OFFICIAL)));
    }

    private static long named(List<PartnershipRow> partnerships, String name) {
        return partnerships.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }
}
