package org.imcregistry.municipality.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.Locale;
import org.imcregistry.IntegrationTest;
import org.imcregistry.municipality.MunicipalityDirectory;
import org.imcregistry.ui.BrowserlessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** An admin gives a municipality the coordinates of its centre; a wrong one is refused at its field, in their words. */
@IntegrationTest
class MunicipalityDialogTest extends BrowserlessTestSupport {

    @Autowired
    MunicipalityDirectory directory;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdminGivesTheCoordinatesAndAnOutOfRangeOneIsRefusedAtItsFieldInTheirLanguage() {
        UI.getCurrent().getSession().setLocale(Locale.of("nb"));
        UI.getCurrent().setLocale(Locale.of("nb"));
        navigate(MunicipalitiesView.class);
        test($(Button.class).withText("Ny kommune").single()).click();
        MunicipalityDialog dialog = $(MunicipalityDialog.class).single();
        dialog.country.setValue("NO");
        dialog.officialCode.setValue("1508");
        dialog.name.setValue("Ålesund");
        dialog.latitude.setValue(162.4722);
        dialog.longitude.setValue(6.1495);
        test($(Button.class, dialog).withText("Lagre").single()).click();
        assertThat(dialog.latitude.isInvalid()).isTrue();
        assertThat(dialog.latitude.getErrorMessage()).isEqualTo(
                "Breddegrad 162.4722 er utenfor −90 til 90. Oppgi desimalgrader, f.eks. 61.2297.");
        assertThat(dialog.isOpened()).isTrue();

        dialog.latitude.setValue(62.4722);
        test($(Button.class, dialog).withText("Lagre").single()).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(directory.find("NO", "Ålesund", 0, 1)).singleElement().satisfies(m -> {
            assertThat(m.latitude()).isEqualTo(62.4722);
            assertThat(m.longitude()).isEqualTo(6.1495);
        });
    }
}
