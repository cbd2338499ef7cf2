package org.imcregistry.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.router.RouteParameters;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Set;
import org.imcregistry.IntegrationTest;
import org.imcregistry.practice.PracticeFixture;
import org.imcregistry.practice.Practices;
import org.imcregistry.practice.RecordLanguage;
import org.imcregistry.ui.BrowserlessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Times are stored in UTC and shown in the zone the viewer's browser reports, also on the first page a browser opens:
 * a record's history, built before the view is attached, once showed UTC there.
 */
@IntegrationTest
@Import(PracticeFixture.class)
class TimesInTheViewersZoneTest extends BrowserlessTestSupport {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Autowired
    PracticeFixture fixture;
    @Autowired
    Practices practices;

    @Test
    void aRecordsHistoryShowsItsTimesInTheViewersZoneOnTheFirstVisit() {
        long id = fixture.published(PracticeFixture.content("Zoned ferry timetable", RecordLanguage.EN,
                "Times of a ferry.", Set.of("PUBLIC_TRANSPORT"), Set.of(11), "NO", 2022));
        fixture.as("editor");
        Instant published = practices.details(id).history().getLast().at();
        browserIn(OSLO);

        UI.getCurrent().navigate(PracticeView.class, new RouteParameters("id", String.valueOf(id)));

        String history = $(Details.class).all().stream().filter(d -> d.hasClassName("history")).findFirst()
                .orElseThrow().getElement().getTextRecursively();
        DateTimeFormatter shown = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(UI.getCurrent().getLocale());
        assertThat(history).contains(shown.withZone(OSLO).format(published))
                .doesNotContain(shown.withZone(ZoneOffset.UTC).format(published));
    }

    /** What a browser in that zone reports when the page starts (only the zone matters here). */
    private static void browserIn(ZoneId zone) {
        UI ui = UI.getCurrent();
        ui.getInternals().setExtendedClientDetails(new ExtendedClientDetails(ui, null, null, null, null, null, null,
                null, null, null, null, zone.getId(), null, null, null, null, null, null, null));
    }
}
