package org.imcregistry.municipality.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.imcregistry.IntegrationTest;
import org.imcregistry.municipality.PartnershipDetails;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.municipality.PartnershipRow;
import org.imcregistry.municipality.PersonRole;
import org.imcregistry.municipality.RegisterFilter;
import org.imcregistry.security.InvitationStatus;
import org.imcregistry.security.MailedLinks;
import org.imcregistry.security.ui.InvitationView;
import org.imcregistry.security.ui.LoginView;
import org.imcregistry.ui.BrowserlessTestSupport;
import org.imcregistry.ui.EmptyState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The register as its users meet it: filtering, who sees edit, the import report and invitations. */
@IntegrationTest
class RegisterViewsTest extends BrowserlessTestSupport {

    @Autowired
    PartnershipRegister register;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("member")
    void filteringNarrowsTheListAndOnlyAdminsSeeNewAndImport() {
        PartnershipsView view = navigate(PartnershipsView.class);
        view.country.setValue("PL");
        assertThat(test(view.grid).size()).isEqualTo(3);
        view.text.setValue("wisłoki");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat($(Button.class).withText("New partnership").exists()).isFalse();
        assertThat($(Button.class).withText("Import").exists()).isFalse();
        assertThat($(Button.class).withText("Export to Excel").exists()).isTrue();
    }

    @Test
    @WithUserDetails("coordinator")
    void aCoordinatorSeesEditOnlyOnTheirOwnPartnership() {
        UI.getCurrent().navigate(PartnershipView.class, PartnershipView.parameters(idOf("Sogn regionråd")));
        assertThat($(Button.class).withText("Edit").exists()).isTrue();
        UI.getCurrent().navigate(PartnershipView.class, PartnershipView.parameters(idOf("BIR AS")));
        assertThat($(Button.class).withText("Edit").exists()).isFalse();

        UI.getCurrent().navigate(PartnershipEditorView.class, new com.vaadin.flow.router.RouteParameters("id",
                String.valueOf(idOf("BIR AS"))));
        assertThat($(EmptyState.class).exists()).as("the editor refuses instead of showing a form").isTrue();
        assertThat($(TextField.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("coordinator")
    void aBadAddressShowsAHelpfulMessage() {
        UI.getCurrent().navigate("partnerships/not-a-number");
        assertThat($(EmptyState.class).single().getElement().getTextRecursively()).contains("Partnership not found");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void theImportShowsEveryRowAndWritesTheReadyOnes() {
        RegisterImportView view = navigate(RegisterImportView.class);
        view.showPreview("m.csv", """
                country,official_code,name
                NO,1804,Bodø
                XX,1,Nowhere
                """.getBytes(StandardCharsets.UTF_8));
        @SuppressWarnings("unchecked")
        Grid<Object> report = $(Grid.class, view.report).single();
        assertThat(test(report).size()).isEqualTo(2);
        assertThat(test(report).getCellText(1, 3)).contains("is not an ISO 3166 country code");
        view.write();
        assertThat(view.report.getElement().getTextRecursively()).contains("1 rows saved");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aFileThatIsNotWhatItClaimsIsRefusedInPlainWords() {
        RegisterImportView view = navigate(RegisterImportView.class);
        view.showPreview("m.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8));
        assertThat(view.report.getElement().getTextRecursively()).contains("This is not a readable Excel workbook");
        assertThat(view.preview).isNull();
    }

    @Test
    @WithUserDetails("coordinator")
    void anInvitedPersonGetsAMailInTheirLanguageAndChoosesTheirPasswordByItsLink() {
        long sogn = idOf("Sogn regionråd");
        UI.getCurrent().navigate(PartnershipView.class, PartnershipView.parameters(sogn));
        test($(Button.class).withText("Invite a person").single()).click();
        InviteDialog dialog = $(InviteDialog.class).single();
        assertThat(dialog.language.getValue()).as("the inviter's language to start with").isEqualTo(Locale.ENGLISH);
        dialog.displayName.setValue("Liv Luster");
        dialog.username.setValue("liv.luster");
        dialog.email.setValue("liv.luster@example.no");
        dialog.language.setValue(Locale.forLanguageTag("pl"));
        dialog.municipality.setValue(dialog.municipality.getListDataView().getItems()
                .filter(m -> m.municipality().name().equals("Luster")).findFirst().orElseThrow());
        dialog.role.setValue(PersonRole.MEMBER);
        test(dialog.invite).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat($(Span.class).withClassName("one-time-password").exists()).as("no password on screen").isFalse();
        assertThat(jdbc.queryForObject("select subject from outbox_message where recipient = 'liv.luster@example.no'",
                String.class)).isEqualTo("Rejestr IMC · Sogn regionråd: Zaproszenie");
        URI first = MailedLinks.newestTo(jdbc, "liv.luster@example.no");
        assertThat(register.details(sogn).people()).as("sign-in names are for administrators only")
                .filteredOn(p -> p.displayName().equals("Liv Luster")).singleElement()
                .satisfies(p -> assertThat(p.username()).isNull())
                .satisfies(p -> assertThat(p.invitation()).isEqualTo(InvitationStatus.PENDING));

        // name, role, invitation, then its button (a coordinator's page has no usernames)
        test((Button) people().getCellComponent(rowOf("Liv Luster"), 3)).click();
        URI second = MailedLinks.newestTo(jdbc, "liv.luster@example.no");
        assertThat(second).as("a new link").isNotEqualTo(first);

        signOut();
        UI.getCurrent().navigate(first.getPath().substring(1));
        assertThat($(H1.class).single().getText()).isEqualTo("This invitation no longer works");
        UI.getCurrent().navigate(second.getPath().substring(1));
        assertThat(getCurrentView()).isInstanceOf(InvitationView.class);
        $(PasswordField.class).all().forEach(field -> field.setValue("my-own-password-1"));
        test($(Button.class).withText("Save my password").single()).click();
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);

        signInAs("liv.luster");
        UI.getCurrent().navigate(PartnershipsView.class);
        assertThat(getCurrentView()).as("a password of their own: nothing to change first")
                .isInstanceOf(PartnershipsView.class);
    }

    /** The people grid of the partnership page: the second grid, after the members. */
    @SuppressWarnings("unchecked")
    private GridTester<Grid<PartnershipDetails.Person>, PartnershipDetails.Person> people() {
        return test((Grid<PartnershipDetails.Person>) $(Grid.class).all().get(1));
    }

    private int rowOf(String name) {
        var people = people();
        for (int i = 0; i < people.size(); i++) {
            if (people.getRow(i).displayName().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " is not listed");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aMunicipalityWithATakenCodeIsRefusedAtItsField() {
        navigate(MunicipalitiesView.class);
        test($(Button.class).withText("New municipality").single()).click();
        MunicipalityDialog dialog = $(MunicipalityDialog.class).single();
        dialog.country.setValue("NO");
        dialog.officialCode.setValue("4640");
        dialog.name.setValue("Sogndal copy");
        test($(Button.class, dialog).withText("Save").single()).click();
        assertThat(dialog.officialCode.isInvalid()).isTrue();
        assertThat(dialog.officialCode.getErrorMessage()).contains("NO:4640 is already registered");
        assertThat(dialog.isOpened()).isTrue();

        dialog.officialCode.setValue("4645");
        dialog.name.setValue("Ny kommune");
        test($(Button.class, dialog).withText("Save").single()).click();
        assertThat(dialog.isOpened()).isFalse();
    }

    private void signInAs(String username) {
        var details = users.loadUserByUsername(username);
        securityContext.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        details, "n/a", details.getAuthorities()));
    }

    private long idOf(String name) {
        return register.find(new RegisterFilter(name, null, null, null, null, null), 0, 1).stream()
                .map(PartnershipRow::id).findFirst().orElseThrow();
    }
}
