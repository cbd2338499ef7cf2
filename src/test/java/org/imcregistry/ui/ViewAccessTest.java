package org.imcregistry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.imcregistry.IntegrationTest;
import org.imcregistry.assessment.ui.AssessmentsView;
import org.imcregistry.competition.ui.CompetitionsView;
import org.imcregistry.shell.HomeView;
import org.imcregistry.shell.NotFoundView;
import org.imcregistry.municipality.ui.PartnershipsView;
import org.imcregistry.municipality.ui.RegisterImportView;
import org.imcregistry.municipality.ui.RegisterOverviewView;
import org.imcregistry.practice.ui.PracticesView;
import org.imcregistry.security.Role;
import org.imcregistry.security.ui.ForgotPasswordView;
import org.imcregistry.security.ui.LoginView;
import org.imcregistry.security.ui.MyAccountView;
import org.imcregistry.security.ui.UserAdminView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may open which page: anonymous visitors are sent to sign-in, signed-in users only reach their views. */
@IntegrationTest
class ViewAccessTest extends BrowserlessTestSupport {

    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);

    /** Each view with the roles that may open it; {@code null} means open to anonymous visitors too. */
    static Stream<Arguments> views() {
        return Stream.of(
                Arguments.of(HomeView.class, null),
                Arguments.of(PracticesView.class, null),
                Arguments.of(org.imcregistry.practice.ui.PracticesMapView.class, null),
                Arguments.of(AssessmentsView.class, EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.MEMBER)),
                Arguments.of(CompetitionsView.class, EnumSet.of(Role.ADMIN, Role.MANAGER, Role.JUROR, Role.COORDINATOR)),
                Arguments.of(PartnershipsView.class, EVERY_ROLE),
                Arguments.of(MyAccountView.class, EVERY_ROLE),
                Arguments.of(ForgotPasswordView.class, null),
                Arguments.of(UserAdminView.class, EnumSet.of(Role.ADMIN)),
                Arguments.of(RegisterImportView.class, EnumSet.of(Role.ADMIN)),
                Arguments.of(org.imcregistry.assessment.ui.FrameworksView.class, EnumSet.of(Role.ADMIN)),
                Arguments.of(org.imcregistry.practice.ui.MyPracticesView.class, EVERY_ROLE),
                Arguments.of(org.imcregistry.practice.ui.PracticeBulkImportView.class,
                        EnumSet.of(Role.EDITOR, Role.ADMIN)),
                Arguments.of(RegisterOverviewView.class, EVERY_ROLE),
                Arguments.of(org.imcregistry.privacy.ui.ProcessingRecordView.class, EnumSet.of(Role.ADMIN)),
                Arguments.of(org.imcregistry.privacy.ui.PersonalDataView.class, EnumSet.of(Role.ADMIN)));
    }

    @AfterEach
    void tearDown() {
        signOut();
    }

    @ParameterizedTest(name = "anonymous -> {0}")
    @MethodSource("views")
    void anonymousVisitorsReachPublicViewsAndAreSentToSignInElsewhere(Class<? extends Component> view,
            Set<Role> allowed) {
        signOut();
        UI.getCurrent().navigate(view);
        if (allowed == null) {
            assertThat(getCurrentView()).isInstanceOf(view);
        } else {
            assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void eachRoleReachesItsViewsAndIsRefusedOthers(Class<? extends Component> view, Set<Role> allowed) {
        for (Role role : Role.values()) {
            signInAs(role);
            UI.getCurrent().navigate(HomeView.class);
            UI.getCurrent().navigate(view);
            boolean mayOpen = allowed == null || allowed.contains(role);
            assertThat(getCurrentView()).as("%s opening %s", role, view.getSimpleName())
                    .matches(v -> view.isInstance(v) == mayOpen);
            if (!mayOpen) {
                assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
            }
        }
    }
}
