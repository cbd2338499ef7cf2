package org.imcregistry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import org.imcregistry.IntegrationTest;
import org.imcregistry.assessment.AssessmentRounds;
import org.imcregistry.assessment.ui.RoundResultsPage;
import org.imcregistry.municipality.ui.RegisterOverviewView;
import org.imcregistry.ui.charts.ChartJs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Every chart is announced as an image with a name, and its figures are beside it as a table (WCAG 1.1.1). */
@IntegrationTest
class ChartAlternativesTest extends BrowserlessTestSupport {

    @Autowired
    AssessmentRounds rounds;

    @Test
    @WithUserDetails("coordinator")
    void theRegisterOverviewChartsHaveTables() {
        navigate(RegisterOverviewView.class);
        assertEveryChartHasATable();
    }

    @Test
    @WithUserDetails("member")
    void theSelfAssessmentProfileHasATable() {
        long round = rounds.mine().stream().filter(r -> r.respondent()).findFirst().orElseThrow().id();
        UI.getCurrent().navigate(RoundResultsPage.class, new RouteParameters("id", String.valueOf(round)));
        assertEveryChartHasATable();
    }

    private void assertEveryChartHasATable() {
        List<ChartJs> charts = $(ChartJs.class).all();
        assertThat(charts).as("the view draws charts").isNotEmpty();
        assertThat(charts).allSatisfy(chart -> {
            assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
            assertThat(chart.getElement().getAttribute("aria-label")).isNotBlank();
        });
        List<Details> tables = $(Details.class).all().stream()
                .filter(d -> d.getClassNames().contains("figure-details")).toList();
        assertThat(tables).hasSameSizeAs(charts);
        assertThat(tables).allSatisfy(details -> {
            Element table = details.getContent().findFirst().orElseThrow().getElement().getChild(0);
            assertThat(table.getTag()).isEqualTo("table");
            assertThat(table.getChildCount()).as("a header row and at least one row of figures").isGreaterThan(1);
        });
    }
}
