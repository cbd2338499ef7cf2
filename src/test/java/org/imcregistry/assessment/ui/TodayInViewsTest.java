package org.imcregistry.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import org.imcregistry.IntegrationTest;
import org.imcregistry.MutableClock;
import org.imcregistry.ui.BrowserlessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** A view's "today" is the injected clock's, not the machine's: defaults and limits of date fields follow it. */
@IntegrationTest
class TodayInViewsTest extends BrowserlessTestSupport {

    @Autowired
    MutableClock clock;

    @Test
    @WithUserDetails("coordinator")
    void aNewRoundsDeadlineDefaultsToThreeWeeksFromTheClocksToday() {
        LocalDate today = LocalDate.now(clock); // the browserless UI reports no zone: UTC, as the clock
        assertThat(today).as("the test clock is not the machine's").isNotEqualTo(LocalDate.now());
        UI.getCurrent().navigate(AssessmentsView.class);
        test($(Button.class).withText("Open a round").single()).click();
        OpenRoundDialog dialog = $(OpenRoundDialog.class).single();
        assertThat(dialog.deadline.getValue()).isEqualTo(today.plusWeeks(3));
        assertThat(dialog.deadline.getMin()).isEqualTo(today);
    }
}
