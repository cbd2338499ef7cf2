package org.imcregistry.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.imcregistry.IntegrationTest;
import org.imcregistry.ui.BrowserlessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** An administrator reads the record of processing activities in each of the three languages. */
@IntegrationTest
class ProcessingRecordViewTest extends BrowserlessTestSupport {

    @Test
    @WithUserDetails("admin")
    void anAdministratorReadsTheRecordInEnglishNorwegianAndPolish() {
        assertThat(cells(Locale.ENGLISH)).contains("Self-assessment rounds and their respondents",
                "Contact details (e-mail address, telephone)", "round_respondent.email");
        assertThat(cells(Locale.forLanguageTag("nb"))).contains("Egenvurderingsrunder og de som svarer");
        assertThat(cells(Locale.forLanguageTag("pl"))).contains("Rundy samooceny i ich respondenci");
    }

    private String cells(Locale language) {
        UI.getCurrent().navigate("");
        UI.getCurrent().setLocale(language);
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(language);
        UI.getCurrent().navigate(ProcessingRecordView.class);
        ProcessingRecordView view = (ProcessingRecordView) getCurrentView();
        StringBuilder all = new StringBuilder();
        var grid = test(view.grid);
        for (int row = 0; row < grid.size(); row++) {
            for (int column = 0; column < 5; column++) {
                all.append(grid.getCellText(row, column)).append('\n');
            }
        }
        return all.toString();
    }
}
