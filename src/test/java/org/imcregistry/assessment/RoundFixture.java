package org.imcregistry.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.imcregistry.municipality.PartnershipDetails;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.municipality.PersonRole;
import org.imcregistry.municipality.RegisterFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A round of Sogn regionråd (demo data) with three respondents: the demo coordinator (Sogndal) and two
 * invited members (Luster, Lærdal). Tests switch between them with {@link #as}.
 */
@Component
public class RoundFixture {

    final PartnershipRegister register;
    final AssessmentRounds rounds;
    final FrameworkCatalog catalog;
    final UserDetailsService users;
    final SecurityContextHolderStrategy securityContext;

    RoundFixture(PartnershipRegister register, AssessmentRounds rounds, FrameworkCatalog catalog,
            UserDetailsService users, SecurityContextHolderStrategy securityContext) {
        this.register = register;
        this.rounds = rounds;
        this.catalog = catalog;
        this.users = users;
        this.securityContext = securityContext;
    }

    public record Round(long id, long partnershipId, String luster, String laerdal) {
    }

    public void as(String username) {
        var details = users.loadUserByUsername(username);
        securityContext.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, "n/a", details.getAuthorities()));
    }

    public long partnership(String name) {
        return register.find(new RegisterFilter(name, null, null, null, null, null), 0, 1).getFirst().id();
    }

    long frameworkId(String key) {
        return catalog.all().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().id();
    }

    /** Opens a round on the given framework as the demo coordinator; leaves the coordinator signed in. */
    public Round open(String frameworkKey, AnswerVisibility visibility) {
        as("coordinator");
        long sogn = partnership("Sogn regionråd");
        PartnershipDetails details = register.details(sogn);
        String suffix = String.valueOf(System.nanoTime() % 1_000_000_000L);
        var luster = register.invite(sogn, new PartnershipRegister.Invitee("Liv Luster", "luster." + suffix,
                "luster." + suffix + "@example.org", municipality(details, "Luster"), PersonRole.MEMBER,
                Locale.ENGLISH));
        var laerdal = register.invite(sogn, new PartnershipRegister.Invitee("Lars Lærdal", "laerdal." + suffix,
                "laerdal." + suffix + "@example.org", municipality(details, "Lærdal"), PersonRole.MEMBER,
                Locale.ENGLISH));
        long coordinatorId = details.people().stream().filter(p -> p.role() == PersonRole.COORDINATOR).findFirst()
                .orElseThrow().accountId();
        long id = rounds.open(new RoundViews.NewRound(sogn, frameworkId(frameworkKey), "Round " + suffix,
                LocalDate.now().plusDays(30), visibility, List.of(
                        new RoundViews.RespondentInvite(coordinatorId, municipality(details, "Sogndal"),
                                RespondentGroup.OFFICIAL),
                        new RoundViews.RespondentInvite(luster.accountId(), municipality(details, "Luster"),
                                RespondentGroup.STAFF),
                        new RoundViews.RespondentInvite(laerdal.accountId(), municipality(details, "Lærdal"),
                                RespondentGroup.COUNCILLOR))));
        return new Round(id, sogn, luster.username(), laerdal.username());
    }

    static long municipality(PartnershipDetails details, String name) {
        return details.members().stream().filter(m -> m.municipality().name().equals(name)).findFirst().orElseThrow()
                .municipality().id();
    }
}
