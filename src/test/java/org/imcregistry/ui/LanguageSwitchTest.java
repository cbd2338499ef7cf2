package org.imcregistry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import org.imcregistry.IntegrationTest;
import org.imcregistry.shell.HomeView;
import org.imcregistry.practice.ui.PracticesView;
import org.imcregistry.security.MyAccount;
import org.imcregistry.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Choosing a language changes every text at once, and is remembered for a signed-in user. */
@IntegrationTest
class LanguageSwitchTest extends BrowserlessTestSupport {

    @Autowired
    MyAccount myAccount;

    @AfterEach
    void tearDown() {
        signOut();
    }

    @Test
    void switchingLanguageTranslatesThePageAndTheNavigation() {
        navigate(HomeView.class);
        assertThat(heading()).isEqualTo("Inter-municipal cooperation, assessed, shared and awarded");

        test(languageSelect()).selectItem("Norsk bokmål");
        assertThat(heading()).isEqualTo("Interkommunalt samarbeid – vurdert, delt og premiert");
        assertThat(navigationLabels()).contains("Hjem", "Gode eksempler");

        test(languageSelect()).selectItem("Polski");
        assertThat(heading()).isEqualTo("Współpraca międzygminna – oceniana, dzielona i nagradzana");

        UI.getCurrent().navigate(PracticesView.class);
        assertThat(heading()).as("the choice holds on the next page").isEqualTo("Dobre praktyki");
    }

    @Test
    void aSignedInUsersChoiceIsRememberedInTheirAccount() {
        signInAs(Role.EDITOR);
        UI.getCurrent().navigate(HomeView.class);
        test(languageSelect()).selectItem("Norsk bokmål");
        assertThat(myAccount.preferredLocale()).contains(Locale.forLanguageTag("nb"));
    }

    @Test
    void aRememberedChoiceIsAppliedWhenTheUserSignsIn() {
        navigate(HomeView.class);
        assertThat(heading()).startsWith("Inter-municipal");
        signInAs(Role.MANAGER);
        myAccount.rememberLocale(Locale.forLanguageTag("pl"));
        UI.getCurrent().navigate(PracticesView.class);
        assertThat(heading()).isEqualTo("Dobre praktyki");
    }

    private String heading() {
        return $(H1.class).first().getText();
    }

    @SuppressWarnings("unchecked")
    private Select<Locale> languageSelect() {
        return $(Select.class).withClassName("language-select").first();
    }

    private java.util.List<String> navigationLabels() {
        return $(com.vaadin.flow.component.sidenav.SideNavItem.class).all().stream()
                .map(com.vaadin.flow.component.sidenav.SideNavItem::getLabel).toList();
    }
}
