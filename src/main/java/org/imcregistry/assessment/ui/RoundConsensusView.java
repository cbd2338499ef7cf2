package org.imcregistry.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.stream.IntStream;
import org.imcregistry.assessment.AssessmentRounds;
import org.imcregistry.assessment.ConsensusBoard;
import org.imcregistry.assessment.RoundConsensus;
import org.imcregistry.assessment.framework.Scale;
import org.imcregistry.security.Role;
import org.imcregistry.ui.Notifications;
import org.imcregistry.ui.ViewHeader;

/**
 * The coordinator agrees the scores: per criterion the individual answers side by side, with wide
 * disagreement marked for discussion; a consensus score with its rationale; then the round is closed.
 */
@Route("assessments/:id/consensus")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class RoundConsensusView extends RoundPage {

    private final RoundConsensus consensus;
    private final AssessmentRounds rounds;

    RoundConsensusView(RoundConsensus consensus, AssessmentRounds rounds) {
        this.consensus = consensus;
        this.rounds = rounds;
        addClassName("form-view");
    }

    @Override
    protected void show(long id) {
        ConsensusBoard board = consensus.board(id);
        setPageTitle(board.round().title());
        add(new RouterLink(getTranslation("round.back"), AssessmentsView.class),
                new ViewHeader(board.round().title(), getTranslation("consensus.lead", board.round().submitted(),
                        board.round().respondents())));
        add(pending(id));
        board.rows().forEach(row -> add(criterion(id, row)));
        Button close = new Button(getTranslation("consensus.close"), e -> confirmClose(id));
        close.addThemeVariants(ButtonVariant.PRIMARY);
        close.setEnabled(board.complete());
        Paragraph hint = new Paragraph(getTranslation(board.complete() ? "consensus.ready" : "consensus.missing",
                board.rows().stream().filter(r -> r.consensus() == null).count()));
        add(new HorizontalLayout(close, new Button(getTranslation("round.results"),
                e -> getUI().ifPresent(ui -> ui.navigate(RoundResultsPage.class, new RouteParameters("id",
                        String.valueOf(id)))))), hint);
    }

    private Component pending(long id) {
        var waiting = rounds.pending(id);
        if (waiting.isEmpty()) {
            return new Paragraph(getTranslation("consensus.all-submitted"));
        }
        Paragraph reminder = new Paragraph(getTranslation("consensus.pending", waiting.stream()
                .map(p -> getTranslation("consensus.pending.person", p.displayName(), p.answered()))
                .collect(java.util.stream.Collectors.joining("; "))));
        reminder.addClassName("notice");
        reminder.add(new Span(" "), new RouterLink(getTranslation("respondents.nav"), RoundRespondentsView.class,
                new RouteParameters("id", String.valueOf(id))));
        return reminder;
    }

    private Section criterion(long roundId, ConsensusBoard.Row row) {
        Locale locale = getLocale();
        Scale scale = row.criterion().scale();
        Grid<ConsensusBoard.Individual> answers = new Grid<>();
        answers.addColumn(ConsensusBoard.Individual::respondent).setHeader(getTranslation("consensus.respondent"));
        answers.addColumn(i -> i.municipality() == null ? "—" : i.municipality())
                .setHeader(getTranslation("municipality.name"));
        answers.addColumn(i -> getTranslation("respondent.group." + i.group().name()))
                .setHeader(getTranslation("round.respondent.group"));
        answers.addColumn(i -> ScaleText.of(scale, i.value(), locale, this::getTranslation))
                .setHeader(getTranslation("consensus.answer")).setAutoWidth(true);
        answers.addColumn(i -> i.evidence() == null ? "" : i.evidence()).setHeader(getTranslation("answer.evidence"))
                .setFlexGrow(2);
        answers.setItems(row.answers());
        answers.setAllRowsVisible(true);
        answers.setEmptyStateText(getTranslation("consensus.no-answers"));
        Section section = new Section(new H2(row.criterion().title().in(locale)), answers);
        if (row.lowest() != null) {
            section.add(new Paragraph(getTranslation("consensus.spread", ScaleText.of(scale, row.lowest(), locale,
                    this::getTranslation), ScaleText.of(scale, row.highest(), locale, this::getTranslation))));
        }
        if (row.disagreement()) {
            Span flag = new Span(getTranslation("consensus.disagreement"));
            flag.addClassName("disagreement");
            section.add(flag);
        }
        Select<Integer> value = new Select<>();
        value.setLabel(getTranslation("consensus.value"));
        value.setItems(IntStream.rangeClosed(scale.minValue(), scale.maxValue())
                .filter(v -> !(scale instanceof Scale.PercentBands) || v % 5 == 0).boxed().toList());
        value.setItemLabelGenerator(v -> ScaleText.of(scale, v.doubleValue(), locale, this::getTranslation));
        if (row.consensus() != null) {
            value.setValue((int) Math.round(row.consensus()));
        }
        TextArea rationale = new TextArea(getTranslation("consensus.rationale"));
        rationale.setMaxLength(4000);
        rationale.setWidthFull();
        rationale.setValue(row.rationale() == null ? "" : row.rationale());
        Button save = new Button(getTranslation("consensus.save"), e -> {
            if (value.isEmpty()) {
                value.setInvalid(true);
                value.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            consensus.decide(roundId, row.criterion().key(), value.getValue(), rationale.getValue());
            Notifications.success(getTranslation("consensus.saved", row.criterion().title().in(locale)));
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        });
        section.add(new HorizontalLayout(value), rationale, save);
        section.addClassName("criterion-form");
        return section;
    }

    private void confirmClose(long id) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("consensus.close.title"),
                getTranslation("consensus.close.text"), getTranslation("consensus.close"), e -> {
                    consensus.close(id);
                    Notifications.success(getTranslation("consensus.closed"));
                    getUI().ifPresent(ui -> ui.navigate(RoundResultsPage.class,
                            new RouteParameters("id", String.valueOf(id))));
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

}
