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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.imcregistry.assessment.RoundResults;
import org.imcregistry.search.PracticeSearch;
import org.imcregistry.assessment.RoundResultsView;
import org.imcregistry.assessment.RoundResultsView.CriterionResult;
import org.imcregistry.assessment.RoundStatus;
import org.imcregistry.security.Role;
import org.imcregistry.ui.ViewHeader;

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
        add(headline, new ResultsProfile(view, locale), new ResultsInWords(view, locale),
                new LearnFromOthers(view.weaknesses(), search, locale), table(view, locale));
        if (view.individualsVisible() && !view.byMunicipality().isEmpty()) {
            add(comparison("results.by-municipality", view, view.byMunicipality(), locale));
            Map<String, Map<String, Double>> groups = new LinkedHashMap<>();
            view.byGroup().forEach((g, m) -> groups.put(getTranslation("respondent.group." + g.name()), m));
            add(comparison("results.by-group", view, groups, locale));
        }
        add(new ActionPlanSection(actionPlan, view, view.round().coordinator(), today), trend(view),
                new BenchmarkSection(results.benchmark(id), view, locale));
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
}
