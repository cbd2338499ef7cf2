package org.imcregistry.municipality;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.security.AccountDirectory;
import org.imcregistry.security.AccountSummary;
import org.imcregistry.security.InvitationStatus;
import org.imcregistry.security.Invitations;
import org.imcregistry.security.NewAccount;
import org.imcregistry.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of partnerships. Any signed-in person reads it; admins create partnerships;
 * admins and the partnership's own coordinators edit it. Each method is one transaction.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PartnershipRegister {

    private final PartnershipRepository partnerships;
    private final PartnershipPersonRepository people;
    private final PartnershipRules rules;
    private final PartnershipAccess access;
    private final AccountDirectory accounts;
    private final Invitations invitations;
    private final Clock clock;

    PartnershipRegister(PartnershipRepository partnerships, PartnershipPersonRepository people,
            PartnershipRules rules, PartnershipAccess access, AccountDirectory accounts, Invitations invitations,
            Clock clock) {
        this.partnerships = partnerships;
        this.people = people;
        this.rules = rules;
        this.access = access;
        this.accounts = accounts;
        this.invitations = invitations;
        this.clock = clock;
    }

    /** One page of the filtered register, by name. */
    @Transactional(readOnly = true)
    public List<PartnershipRow> find(RegisterFilter filter, int offset, int limit) {
        int size = Math.max(1, limit);
        return partnerships.find(filter, PageRequest.of(offset / size, size)).stream().map(PartnershipRows::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public int count(RegisterFilter filter) {
        return (int) partnerships.count(filter);
    }

    /** A partnership's page; refuses an unknown id with a message rather than an error page. */
    @Transactional(readOnly = true)
    public PartnershipDetails details(long id) {
        Partnership partnership = load(id);
        List<PartnershipPerson> persons = people.findByPartnershipId(id);
        Map<Long, AccountSummary> names = accounts.byIds(persons.stream().map(PartnershipPerson::getUserId).toList());
        // Sign-in names are for administrators; everyone else sees display names only.
        boolean usernames = access.isAdministrator();
        // Whose invitation is still open, for those who may send it again.
        boolean editable = access.canEdit(id);
        Map<Long, InvitationStatus> invited = editable ? invitations.statuses(names.keySet()) : Map.of();
        List<PartnershipDetails.Person> personList = persons.stream().filter(p -> names.containsKey(p.getUserId()))
                .map(p -> {
                    AccountSummary account = Objects.requireNonNull(names.get(p.getUserId()), "filtered on names");
                    return new PartnershipDetails.Person(p.getUserId(), account.displayName(),
                            usernames ? account.username() : null, p.getRole(), invited.get(p.getUserId()));
                })
                .sorted(Comparator.comparing(PartnershipDetails.Person::role)
                        .thenComparing(PartnershipDetails.Person::displayName))
                .toList();
        List<PartnershipDetails.Member> members = partnership.getMembers().stream()
                .map(m -> new PartnershipDetails.Member(m.getMunicipality().summary(), m.getRole(), m.getJoinedOn()))
                .sorted(Comparator.comparing(PartnershipDetails.Member::role)
                        .thenComparing(m -> m.municipality().name()))
                .toList();
        return new PartnershipDetails(PartnershipRows.of(partnership), partnership.getDescription(), members,
                personList, partnership.getVersion(), editable);
    }

    /** Registers a new partnership (admins only); every rule is checked and all problems reported. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long create(PartnershipDraft draft) {
        CheckedPartnership checked = rules.check(draft, null);
        Partnership partnership = new Partnership(clock.instant());
        partnership.apply(checked, clock.instant());
        return partnerships.save(partnership).getId();
    }

    /**
     * Saves changes by an admin or one of the partnership's coordinators. Refuses, without saving,
     * when someone else saved the partnership after {@code expectedVersion} was read.
     */
    @Transactional
    public void update(long id, long expectedVersion, PartnershipDraft draft) {
        access.requireCanEdit(id);
        Partnership partnership = load(id);
        if (partnership.getVersion() != expectedVersion) {
            throw new UserFacingException("partnership.error.changed-meanwhile");
        }
        partnership.apply(rules.check(draft, id), clock.instant());
        partnerships.flush();
    }

    /**
     * Invites a person into the partnership: creates their account, links it and mails the invitation (naming the
     * partnership), in one transaction. Coordinators of this partnership and admins only; the municipality the
     * person represents must be a member.
     */
    @Transactional
    public Invitations.Invitation invite(long partnershipId, Invitee invitee) {
        access.requireCanEdit(partnershipId);
        Partnership partnership = load(partnershipId);
        boolean memberMunicipality = partnership.getMembers().stream()
                .anyMatch(m -> m.getMunicipality().getId().equals(invitee.municipalityId()));
        if (!memberMunicipality) {
            throw new UserFacingException("invite.error.municipality");
        }
        Role role = invitee.role() == PersonRole.COORDINATOR ? Role.COORDINATOR : Role.MEMBER;
        Invitations.Invitation invitation = invitations.invite(new NewAccount(invitee.username(),
                invitee.displayName(), invitee.email(), invitee.language(), Set.of(role)), invitee.municipalityId(),
                partnership.getName());
        people.save(new PartnershipPerson(partnershipId, invitation.accountId(), invitee.role()));
        return invitation;
    }

    /**
     * Mails a person of the partnership a new invitation link (the older ones stop working), while they have not
     * chosen a password. Coordinators of this partnership and admins only.
     */
    @Transactional
    public void resendInvitation(long partnershipId, long accountId) {
        access.requireCanEdit(partnershipId);
        if (!people.existsByPartnershipIdAndUserId(partnershipId, accountId)) {
            throw new AccessDeniedException("account " + accountId + " is not in partnership " + partnershipId);
        }
        invitations.resend(accountId, load(partnershipId).getName());
    }

    /** Who is invited, as what, which member municipality they represent, and the language of their mail. */
    public record Invitee(String displayName, String username, String email, long municipalityId, PersonRole role,
            Locale language) {
    }

    public boolean canEdit(long id) {
        return access.canEdit(id);
    }

    private Partnership load(long id) {
        return partnerships.findById(id).orElseThrow(() -> new UserFacingException("partnership.error.not-found"));
    }

    /** Turns an entity into its row; members are read once, in role order. */
    static final class PartnershipRows {

        private PartnershipRows() {
        }

        static PartnershipRow of(Partnership p) {
            var members = p.getMembers();
            return new PartnershipRow(p.getId(), p.getName(), p.getLegalForm().term(),
                    p.getServiceAreas().stream().map(ServiceArea::term).toList(),
                    members.stream().map(m -> m.getMunicipality().getCountry())
                            .collect(Collectors.toCollection(TreeSet::new)),
                    members.stream().map(m -> m.getMunicipality().getName()).toList(),
                    members.stream().filter(m -> m.getRole() == MemberRole.LEAD).findFirst()
                            .map(m -> m.getMunicipality().getName()).orElse(null),
                    p.getFoundingYear(), p.getStatus(), p.getDissolvedOn(), p.getWebsite(), p.getContact());
        }
    }
}
