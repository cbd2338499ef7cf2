package org.imcregistry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.imcregistry.IntegrationTest;
import org.imcregistry.shell.HomeView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The navigation shows each person only what their role may use. */
@IntegrationTest
class MainLayoutTest extends BrowserlessTestSupport {

    @AfterEach
    void tearDown() {
        signOut();
    }

    @Test
    void anonymousVisitorsSeePublicSectionsAndASignInButton() {
        navigate(HomeView.class);
        assertThat(menuLabels()).containsExactly("Home", "Good practices");
        assertThat($(Button.class).withText("Sign in").exists()).isTrue();
        assertThat($(com.vaadin.flow.component.html.Anchor.class).withText("Privacy notice").single().getHref())
                .isEqualTo("/privacy");
        assertThat($(MenuBar.class).exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminsSeeEverySectionAndUserAdministration() {
        navigate(HomeView.class);
        assertThat(menuLabels()).containsExactly("Home", "Good practices", "Self-assessment", "Competitions",
                "Partnerships", "Users", "Outgoing mail", "Processing record");
        assertThat($(MenuBar.class).exists()).isTrue();
        assertThat($(Button.class).withText("Sign in").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void coordinatorsSeeTheirOutgoingMailButNotUsers() {
        navigate(HomeView.class);
        assertThat(menuLabels()).containsExactly("Home", "Good practices", "Self-assessment", "Competitions",
                "Partnerships", "Outgoing mail");
    }

    @Test
    @WithMockUser(username = "juror", roles = "JUROR")
    void jurorsSeeCompetitionsButNotSelfAssessmentOrUsers() {
        navigate(HomeView.class);
        assertThat(menuLabels()).containsExactly("Home", "Good practices", "Competitions", "Partnerships");
    }

    @Test
    @WithMockUser(username = "member", roles = "MEMBER")
    void membersSeeSelfAssessmentButNotCompetitions() {
        navigate(HomeView.class);
        assertThat(menuLabels()).containsExactly("Home", "Good practices", "Self-assessment", "Partnerships");
    }

    @Test
    void homePageLinksToTheFourSections() {
        HomeView home = navigate(HomeView.class);
        // the cards at the end; before them the newest records and the list of them all (HomePageTest)
        assertThat($(com.vaadin.flow.router.RouterLink.class, home).all())
                .extracting(com.vaadin.flow.router.RouterLink::getHref)
                .endsWith("practices", "assessments", "competitions", "partnerships");
    }

    private List<String> menuLabels() {
        return $(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
