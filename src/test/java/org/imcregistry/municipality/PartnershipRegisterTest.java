package org.imcregistry.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.imcregistry.IntegrationTest;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.imcregistry.common.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The register over the demo data: filters, the rules a partnership must meet, and who may edit what. */
@IntegrationTest
@Transactional
class PartnershipRegisterTest {

    @Autowired
    PartnershipRegister register;
    @Autowired
    MunicipalityRepository municipalities;
    @Autowired
    PartnershipRepository partnerships;

    @Test
    @WithMockUser
    void filtersByCountryFormServiceAreaStatusAndMemberMunicipality() {
        assertThat(names(RegisterFilter.NONE)).contains("BIR AS", "Barnevernstenesta i Lærdal og Årdal",
                "Sogn brann og redning IKS", "Sogn regionråd", "Stowarzyszenie Metropolia Krakowska",
                "Związek Gmin Dorzecza Wisłoki", "ZIT Bydgosko-Toruńskiego Obszaru Funkcjonalnego");
        assertThat(names(new RegisterFilter(null, "PL", null, null, null, null))).containsExactly(
                "Stowarzyszenie Metropolia Krakowska", "ZIT Bydgosko-Toruńskiego Obszaru Funkcjonalnego",
                "Związek Gmin Dorzecza Wisłoki");
        assertThat(names(new RegisterFilter(null, null, "NO_IKS", null, null, null)))
                .containsExactly("Sogn brann og redning IKS");
        assertThat(names(new RegisterFilter(null, null, null, "WASTE", null, null))).containsExactly("BIR AS");
        assertThat(names(new RegisterFilter(null, null, null, null, null, PartnershipStatus.DISSOLVED)))
                .containsExactly("Barnevernstenesta i Lærdal og Årdal");
        assertThat(names(new RegisterFilter(null, null, null, null, id("Lærdal"), null))).containsExactly(
                "Barnevernstenesta i Lærdal og Årdal", "Sogn brann og redning IKS", "Sogn regionråd");
        assertThat(names(new RegisterFilter("  sogn ", "NO", null, null, null, PartnershipStatus.ACTIVE)))
                .containsExactly("Sogn brann og redning IKS", "Sogn regionråd");
        assertThat(register.count(new RegisterFilter(null, "PL", null, "WATER", null, null))).isEqualTo(1);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void everyBrokenRuleIsReportedAtOnceAndNothingIsSaved() {
        long before = partnerships.count();
        var draft = new PartnershipDraft(" ", null, "NO_SUCH_FORM", Set.of("WASTE", "NOPE"),
                List.of(new PartnershipDraft.MemberDraft(id("Bergen"), MemberRole.LEAD, null)), 1700,
                PartnershipStatus.DISSOLVED, null, "javascript:alert(1)", null);
        assertThatThrownBy(() -> register.create(draft)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(Problem::messageKey).containsExactlyInAnyOrder(
                        "validation.required", "partnership.error.legal-form-unknown",
                        "partnership.error.service-area-unknown", "partnership.error.founding-year",
                        "partnership.error.dissolved-date-required", "partnership.error.two-members",
                        "partnership.error.website"));
        assertThat(partnerships.count()).isEqualTo(before);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void membersMustBeDistinctWithAtMostOneLeadAndNamesUnique() {
        var twoLeads = draft("New cooperation", List.of(member("Bergen", MemberRole.LEAD),
                member("Askøy", MemberRole.LEAD)));
        assertThat(keys(twoLeads)).containsExactly("partnership.error.one-lead");
        var twice = draft("New cooperation", List.of(member("Bergen", MemberRole.LEAD),
                member("Bergen", MemberRole.MEMBER)));
        assertThat(keys(twice)).contains("partnership.error.member-twice");
        var taken = draft("bir as", List.of(member("Bergen", MemberRole.LEAD), member("Askøy", MemberRole.MEMBER)));
        assertThat(keys(taken)).containsExactly("partnership.error.name-taken");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdminCreatesAPartnershipThatTheRegisterThenLists() {
        long id = register.create(draft("Askøy og Bergen IKT", List.of(member("Bergen", MemberRole.LEAD),
                member("Askøy", MemberRole.MEMBER))));
        PartnershipDetails details = register.details(id);
        assertThat(details.row().leadName()).isEqualTo("Bergen");
        assertThat(details.row().countries()).containsExactly("NO");
        assertThat(details.members()).extracting(m -> m.municipality().name()).containsExactly("Bergen", "Askøy");
        assertThat(details.editable()).isTrue();
    }

    @Test
    @WithUserDetails("coordinator")
    void aCoordinatorEditsTheirOwnPartnership() {
        long own = partnershipId("Sogn regionråd");
        PartnershipDetails before = register.details(own);
        assertThat(before.editable()).isTrue();
        register.update(own, before.version(), redraft(before, "Sogn regionråd – updated description"));
        PartnershipDetails after = register.details(own);
        assertThat(after.description()).isEqualTo("Sogn regionråd – updated description");
        assertThat(after.members()).hasSize(7);
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "MEMBER")
    void aListedCoordinatorWhoseCoordinatorRoleWasTakenAwayNoLongerEdits() {
        long own = partnershipId("Sogn regionråd");
        PartnershipDetails details = register.details(own);
        assertThat(details.editable()).isFalse();
        assertThat(register.canEdit(own)).isFalse();
        assertThatThrownBy(() -> register.update(own, details.version(), redraft(details, "still mine?")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("coordinator")
    void aCoordinatorCannotEditAnotherPartnershipEvenThroughTheService() {
        long other = partnershipId("BIR AS");
        PartnershipDetails details = register.details(other);
        assertThat(details.editable()).isFalse();
        assertThatThrownBy(() -> register.update(other, details.version(), redraft(details, "taken over")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> register.create(redraft(details, "x"))).isInstanceOf(AccessDeniedException.class);
        assertThat(register.details(other).description()).isNotEqualTo("taken over");
    }

    @Test
    @WithUserDetails("member")
    void aMemberCannotEditEvenTheirOwnPartnership() {
        long own = partnershipId("Stowarzyszenie Metropolia Krakowska");
        PartnershipDetails details = register.details(own);
        assertThat(details.people()).extracting(PartnershipDetails.Person::displayName).contains("Jan Kowalski");
        assertThat(details.people()).as("usernames are shown to administrators only")
                .extracting(PartnershipDetails.Person::username).containsOnlyNulls();
        assertThatThrownBy(() -> register.update(own, details.version(), redraft(details, "changed")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aStaleSaveIsRefusedRatherThanOverwritingSomeoneElsesChange() {
        long id = partnershipId("BIR AS");
        PartnershipDetails read = register.details(id);
        register.update(id, read.version(), redraft(read, "first save"));
        assertThatThrownBy(() -> register.update(id, read.version(), redraft(read, "second save")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("partnership.error.changed-meanwhile"));
        assertThat(register.details(id).description()).isEqualTo("first save");
    }

    private List<String> names(RegisterFilter filter) {
        return register.find(filter, 0, 50).stream().map(PartnershipRow::name).toList();
    }

    private List<String> keys(PartnershipDraft draft) {
        try {
            register.create(draft);
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::messageKey).toList();
        }
    }

    private long id(String municipality) {
        return municipalities.findAll().stream().filter(m -> m.getName().equals(municipality)).findFirst()
                .orElseThrow().getId();
    }

    private long partnershipId(String name) {
        return partnerships.findByNameIgnoreCase(name).orElseThrow().getId();
    }

    private PartnershipDraft.MemberDraft member(String municipality, MemberRole role) {
        return new PartnershipDraft.MemberDraft(id(municipality), role, null);
    }

    private static PartnershipDraft draft(String name, List<PartnershipDraft.MemberDraft> members) {
        return new PartnershipDraft(name, null, "NO_IKS", Set.of("IT"), members, 2020, PartnershipStatus.ACTIVE,
                null, "https://example.org", "post@example.org");
    }

    private static PartnershipDraft redraft(PartnershipDetails d, String description) {
        return new PartnershipDraft(d.row().name(), description, d.row().legalForm().code(),
                Set.copyOf(d.row().serviceAreas().stream().map(Term::code).toList()),
                d.members().stream().map(m -> new PartnershipDraft.MemberDraft(m.municipality().id(), m.role(),
                        m.joinedOn())).toList(),
                d.row().foundingYear(), d.row().status(), d.row().dissolvedOn(), d.row().website(), d.row().contact());
    }

}
