package org.imcregistry.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.imcregistry.security.ui.MyAccountView;
import org.imcregistry.IntegrationTest;
import org.imcregistry.ui.BrowserlessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** An administrator reads a person's export in the app; a person finds the download of their own data in My account. */
@IntegrationTest
class PersonalDataViewTest extends BrowserlessTestSupport {

    @Test
    @WithUserDetails("admin")
    void anAdministratorReadsAPersonsExportAndIsToldWhenNobodyIsFound() {
        UI.getCurrent().navigate(PersonalDataView.class);
        PersonalDataView view = (PersonalDataView) getCurrentView();
        test(view.query).setValue("member");
        test(view.export).click();
        assertThat(view.document.getText()).contains("\"query\" : \"member\"", "\"accounts\"");
        test(view.query).setValue("nobody.at.all@example.org");
        test(view.export).click();
        assertThat(view.document.getText()).isEmpty();
    }

    @Test
    @WithUserDetails("member")
    void aPersonFindsTheDownloadOfTheirOwnDataInMyAccount() {
        UI.getCurrent().navigate(MyAccountView.class);
        assertThat($(Anchor.class).all()).extracting(Anchor::getText).contains("Download my data (JSON)");
    }
}
