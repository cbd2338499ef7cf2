package org.imcregistry.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.imcregistry.assessment.framework.Framework;
import org.imcregistry.common.table.TableWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round's results as an .xlsx workbook: summary, per criterion, individual answers (only where the
 * reader may see them) and the action plan. {@code texts} translates message keys, so the workbook
 * speaks the reader's language; dates are real date cells (ISO 8601 format).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class RoundExport {

    private final RoundResults results;
    private final ActionPlan actionPlan;

    RoundExport(RoundResults results, ActionPlan actionPlan) {
        this.results = results;
        this.actionPlan = actionPlan;
    }

    @Transactional(readOnly = true)
    public byte[] workbook(long roundId, Locale locale, Function<String, String> texts) {
        RoundResultsView view = results.results(roundId);
        Framework framework = view.framework();
        try (TableWriter writer = new TableWriter()) {
            writer.sheet(texts.apply("export.sheet.summary"), List.of(texts.apply("export.item"),
                    texts.apply("export.value")), summary(view, locale, texts));
            List<List<?>> criteria = new ArrayList<>();
            view.criteria().forEach(c -> criteria.add(Arrays.asList(c.criterion().title().in(locale), c.consensus(),
                    c.consensusScore() == null ? null : Math.round(c.consensusScore()), c.answers(), c.mean(),
                    c.lowest(), c.highest(), c.spread(), c.disagreement() ? texts.apply("results.flag") : null)));
            writer.sheet(texts.apply("results.per-criterion"), List.of(texts.apply("results.criterion"),
                    texts.apply("results.consensus"), texts.apply("results.score"), texts.apply("export.answers"),
                    texts.apply("results.mean"), texts.apply("results.lowest"), texts.apply("results.highest"),
                    texts.apply("results.spread"), texts.apply("results.discussion")), criteria);
            if (view.individualsVisible()) {
                List<List<?>> answers = new ArrayList<>();
                results.individualAnswers(roundId).forEach(a -> answers.add(Arrays.asList(a.respondent(),
                        a.municipality(), texts.apply("respondent.group." + a.group().name()),
                        framework.criterion(a.criterionKey()).map(c -> c.title().in(locale)).orElse(a.criterionKey()),
                        a.value(), a.evidence(), a.link())));
                writer.sheet(texts.apply("export.sheet.answers"), List.of(texts.apply("consensus.respondent"),
                        texts.apply("municipality.name"), texts.apply("round.respondent.group"),
                        texts.apply("results.criterion"), texts.apply("consensus.answer"),
                        texts.apply("answer.evidence"), texts.apply("answer.link")), answers);
            }
            List<List<?>> actions = new ArrayList<>();
            actionPlan.forRound(roundId).forEach(a -> actions.add(Arrays.asList(framework.criterion(a.criterionKey())
                    .map(c -> c.title().in(locale)).orElse(a.criterionKey()), a.action(), a.owner(), a.dueDate(),
                    texts.apply("action.status." + a.status().name()))));
            writer.sheet(texts.apply("action.title"), List.of(texts.apply("results.criterion"),
                    texts.apply("action.action"), texts.apply("action.owner"), texts.apply("action.due"),
                    texts.apply("action.status")), actions);
            return writer.toBytes();
        }
    }

    private static List<List<?>> summary(RoundResultsView view, Locale locale, Function<String, String> texts) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of(texts.apply("round.partnership"), view.round().partnershipName()));
        rows.add(List.of(texts.apply("round.title"), view.round().title()));
        rows.add(List.of(texts.apply("round.framework"), view.framework().title().in(locale) + " v"
                + view.framework().version()));
        rows.add(List.of(texts.apply("account.status"), texts.apply("round.status." + view.round().status().name())));
        rows.add(Arrays.asList(texts.apply("round.deadline"), view.round().deadline()));
        rows.add(Arrays.asList(texts.apply("export.index"), view.index() == null ? null : Math.round(view.index())));
        rows.add(List.of(texts.apply("export.respondents"), view.round().respondents()));
        rows.add(List.of(texts.apply("export.submitted"), view.round().submitted()));
        return rows;
    }
}
