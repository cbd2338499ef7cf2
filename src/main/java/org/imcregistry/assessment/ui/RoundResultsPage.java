package org.imcregistry.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.imcregistry.ui.Today;
import org.imcregistry.assessment.ActionPlan;
import org.imcregistry.assessment.RoundExport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imcregistry.assessment.Benchmark;
import org.imcregistry.assessment.RoundResults;
import org.imcregistry.search.PracticeSearch;
import org.imcregistry.assessment.RoundResultsView;
import org.imcregistry.assessment.RoundResultsView.CriterionResult;
import org.imcregistry.assessment.RoundStatus;
import org.imcregistry.security.Role;
import org.imcregistry.ui.ViewHeader;
import org.imcregistry.ui.charts.ChartJs;
import org.imcregistry.ui.charts.FigureTable;

/**
 * The results of a round: the index, the profile as a radar chart (with its table), strengths and
 * weaknesses in plain words, the spread of answers, comparisons, the trend and the benchmark.
 */
@Route("assessments/:id/results")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.MEMBER_NAME})
public class RoundResultsPage extends RoundPage {

    private final Today today;

    private final RoundResults results;
    private final ActionPlan actionPlan;
    private final RoundExport export;
    private final PracticeSearch search;

    RoundResultsPage(RoundResults results, ActionPlan actionPlan, RoundExport export, PracticeSearch search,
            Today today) {
        this.today = today;
        this.results = results;
        this.actionPlan = actionPlan;
        this.export = export;
        this.search = search;
        addClassName("detail-view");
    }

    @Override
    protected void show(long id) {
        RoundResultsView view = results.results(id);
        Locale locale = getLocale();
        setPageTitle(view.round().title());
        add(new RouterLink(getTranslation("round.back"), AssessmentsView.class),
                new ViewHeader(view.round().title(), view.round().partnershipName() + " · "
                        + view.framework().title().in(locale)));
        add(actions(id));
        if (view.round().status() != RoundStatus.CLOSED) {
            Paragraph provisional = new Paragraph(getTranslation("results.provisional"));
            provisional.addClassName("notice");
            add(provisional);
        }
        Div headline = new Div();
        if (view.index() == null) {
            headline.add(new Span(getTranslation("results.index-pending")));
        } else {
            Span index = new Span(String.valueOf(Math.round(view.index())));
            index.addClassName("index-figure");
            headline.add(index, new Span(getTranslation("results.index")));
        }
        headline.addClassName("index-headline");
        add(headline, profile(view, locale), plainWords(view, locale),
                new LearnFromOthers(view.weaknesses(), search, locale), table(view, locale));
        if (view.individualsVisible() && !view.byMunicipality().isEmpty()) {
            add(comparison("results.by-municipality", view, view.byMunicipality(), locale));
            Map<String, Map<String, Double>> groups = new LinkedHashMap<>();
            view.byGroup().forEach((g, m) -> groups.put(getTranslation("respondent.group." + g.name()), m));
            add(comparison("results.by-group", view, groups, locale));
        }
        add(new ActionPlanSection(actionPlan, view, view.round().coordinator(), today), trend(view),
                benchmark(id, view, locale));
    }

    private Component actions(long id) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] xlsx = export.workbook(id, getLocale(), this::getTranslation);
            return new DownloadResponse(new ByteArrayInputStream(xlsx), "self-assessment-" + id + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.length);
        }), "");
        download.add(new Button(getTranslation("register.export"), VaadinIcon.DOWNLOAD.create()));
        download.getElement().setAttribute("download", true);
        Button print = new Button(getTranslation("results.print"), VaadinIcon.PRINT.create(),
                e -> getElement().executeJs("window.print()"));
        HorizontalLayout actions = new HorizontalLayout(download, print);
        actions.addClassNames("toolbar", "no-print");
        return actions;
    }

    private Component profile(RoundResultsView view, Locale locale) {
        List<String> axes = view.criteria().stream().map(c -> c.criterion().title().in(locale)).toList();
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        // a missing value is a gap in the line, never a zero
        if (view.criteria().stream().anyMatch(c -> c.consensusScore() != null)) {
            series.put(getTranslation("results.consensus"), view.criteria().stream()
                    .map(c -> c.consensusScore() == null ? null : Math.round(c.consensusScore())).toList());
        }
        if (view.criteria().stream().anyMatch(c -> c.mean() != null)) {
            series.put(getTranslation("results.mean"), view.criteria().stream()
                    .map(c -> c.mean() == null ? null : Math.round(c.criterion().scale().normalise(c.mean()))).toList());
        }
        var previous = view.trend().stream().filter(p -> p.roundId() != view.round().id()).reduce((a, b) -> b);
        previous.ifPresent(p -> series.put(p.title(), view.criteria().stream()
                .map(c -> p.consensusScores().containsKey(c.criterion().key())
                        ? Math.round(p.consensusScores().get(c.criterion().key())) : null).toList()));
        ChartJs radar = ChartJs.radar(getTranslation("results.profile"), axes, series);
        radar.setHeight("420px");
        Map<String, Long> figures = new LinkedHashMap<>();
        view.criteria().forEach(c -> figures.put(c.criterion().title().in(locale),
                c.consensusScore() == null ? 0 : Math.round(c.consensusScore())));
        Section section = new Section(new H2(getTranslation("results.profile")), radar,
                FigureTable.of(getTranslation("overview.as-table"), getTranslation("results.criterion"),
                        getTranslation("results.score"), figures));
        section.addClassName("chart-panel");
        return section;
    }

    private Component plainWords(RoundResultsView view, Locale locale) {
        UnorderedList list = new UnorderedList();
        view.strengths().forEach(c -> list.add(new ListItem(getTranslation("results.strength",
                c.criterion().title().in(locale), ScaleText.of(c.criterion().scale(), c.consensus(), locale,
                        this::getTranslation)))));
        view.weaknesses().forEach(c -> list.add(new ListItem(getTranslation("results.weakness",
                c.criterion().title().in(locale), ScaleText.of(c.criterion().scale(), c.consensus(), locale,
                        this::getTranslation)))));
        view.criteria().stream().filter(CriterionResult::disagreement).forEach(c -> list.add(new ListItem(
                getTranslation("results.discuss", c.criterion().title().in(locale)))));
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(getTranslation("results.nothing-yet")));
        }
        return new Section(new H2(getTranslation("results.in-words")), list);
    }

    private Component table(RoundResultsView view, Locale locale) {
        Grid<CriterionResult> grid = new Grid<>();
        grid.addColumn(c -> c.criterion().title().in(locale)).setHeader(getTranslation("results.criterion"))
                .setFlexGrow(3);
        grid.addColumn(c -> ScaleText.of(c.criterion().scale(), c.consensus(), locale, this::getTranslation))
                .setHeader(getTranslation("results.consensus")).setAutoWidth(true);
        grid.addColumn(c -> ScaleText.number(c.mean(), locale)).setHeader(getTranslation("results.mean"));
        grid.addColumn(c -> ScaleText.number(c.lowest(), locale)).setHeader(getTranslation("results.lowest"));
        grid.addColumn(c -> ScaleText.number(c.highest(), locale)).setHeader(getTranslation("results.highest"));
        grid.addColumn(c -> ScaleText.number(c.spread(), locale)).setHeader(getTranslation("results.spread"));
        grid.addColumn(c -> c.disagreement() ? getTranslation("results.flag") : "")
                .setHeader(getTranslation("results.discussion")).setAutoWidth(true);
        grid.setItems(view.criteria());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("results.per-criterion"));
        return new Section(new H2(getTranslation("results.per-criterion")), grid);
    }

    private Component comparison(String titleKey, RoundResultsView view, Map<String, Map<String, Double>> means,
            Locale locale) {
        Grid<CriterionResult> grid = new Grid<>();
        grid.addColumn(c -> c.criterion().title().in(locale)).setHeader(getTranslation("results.criterion"))
                .setFlexGrow(3);
        means.forEach((name, byCriterion) -> grid.addColumn(c -> ScaleText.number(byCriterion.get(c.criterion().key()),
                locale)).setHeader(name).setAutoWidth(true));
        grid.setItems(view.criteria());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation(titleKey));
        return new Section(new H2(getTranslation(titleKey)), grid);
    }

    private Component trend(RoundResultsView view) {
        Grid<RoundResultsView.TrendPoint> grid = new Grid<>();
        grid.addColumn(RoundResultsView.TrendPoint::title).setHeader(getTranslation("round.title")).setFlexGrow(2);
        grid.addColumn(p -> p.closedAt() == null ? getTranslation("round.status.OPEN") : p.closedAt().toString()
                .substring(0, 10)).setHeader(getTranslation("results.closed-on"));
        grid.addColumn(p -> p.index() == null ? "—" : String.valueOf(Math.round(p.index())))
                .setHeader(getTranslation("results.index"));
        grid.setItems(view.trend());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("results.trend"));
        return new Section(new H2(getTranslation("results.trend")), grid);
    }

    private Component benchmark(long id, RoundResultsView view, Locale locale) {
        Benchmark benchmark = results.benchmark(id);
        Section section = new Section(new H2(getTranslation("results.benchmark")));
        if (benchmark.status() == Benchmark.Status.ROUND_OPEN) {
            section.add(new Paragraph(getTranslation("results.benchmark.after-close")));
            return section;
        }
        if (!benchmark.shown()) {
            section.add(new Paragraph(getTranslation("results.benchmark.withheld", Benchmark.MIN_PEERS,
                    benchmark.peers())));
            return section;
        }
        section.add(new Paragraph(getTranslation("results.benchmark.lead", benchmark.peers())));
        Grid<CriterionResult> grid = new Grid<>();
        grid.addColumn(c -> c.criterion().title().in(locale)).setHeader(getTranslation("results.criterion"))
                .setFlexGrow(3);
        grid.addColumn(c -> {
            Benchmark.Band band = benchmark.bandByCriterion().get(c.criterion().key());
            return band == null ? "—" : getTranslation("results.percentile-band", band.from(), band.to());
        }).setHeader(getTranslation("results.position")).setAutoWidth(true);
        grid.setItems(view.criteria());
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }
}
