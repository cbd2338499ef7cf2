package org.imcregistry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.imcregistry.ui.charts.ChartJs;
import org.imcregistry.ui.charts.ChartLabels;
import org.junit.jupiter.api.Test;

/** A long bar label is wrapped whole (never cut at its start), and its full text goes to the bar's tooltip. */
class ChartLabelsTest {

    private static final String ZIT = "Integrated territorial investment (ZIT)";

    @Test
    void aLongLabelWrapsAtWordsAndKeepsItsStart() {
        List<String> lines = ChartLabels.wrap(ZIT);
        assertThat(lines).containsExactly("Integrated territorial", "investment (ZIT)");
        assertThat(String.join(" ", lines)).isEqualTo(ZIT);
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(22));
        assertThat(ChartLabels.wrap("Waste")).containsExactly("Waste");
    }

    @Test
    void aLabelTooLongForThreeLinesEndsInAnEllipsisAndAHugeWordIsSplit() {
        List<String> lines = ChartLabels.wrap("Joint municipal services for water supply, wastewater treatment and"
                + " solid waste management");
        assertThat(lines).hasSize(3).first().isEqualTo("Joint municipal");
        assertThat(lines.getLast()).endsWith("…");
        assertThat(ChartLabels.wrap("Interkommunaltsamarbeidsordningsutvalget")).hasSize(2)
                .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(22)).first().asString().endsWith("-");
    }

    @Test
    void theChartDrawsWrappedLabelsAndItsTooltipsShowThemWhole() {
        ChartJs chart = ChartJs.bars("Partnerships per legal form", "Partnerships", List.of(ZIT, "Waste"),
                List.of(3, 4));
        assertThat(chart.configuration()).contains("[\"Integrated territorial\",\"investment (ZIT)\"]")
                .doesNotContain("\"" + ZIT + "\"");
        assertThat(chart.fullLabels()).isEqualTo("[\"" + ZIT + "\",\"Waste\"]");
    }
}
