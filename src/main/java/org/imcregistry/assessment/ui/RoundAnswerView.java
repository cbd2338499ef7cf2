package org.imcregistry.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.imcregistry.assessment.AssessmentRounds;
import org.imcregistry.assessment.RoundViews.AnswerSheet;
import org.imcregistry.assessment.framework.Criterion;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.security.Role;
import org.imcregistry.ui.Notifications;
import org.imcregistry.ui.ViewHeader;

/**
 * A respondent answers a round criterion by criterion. Each answer is saved as it is given, so closing
 * the browser loses nothing; progress is shown; "submit" locks the answers.
 */
@Route("assessments/:id/answer")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.MEMBER_NAME})
public class RoundAnswerView extends RoundPage {

    private final AssessmentRounds rounds;
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph progressText = new Paragraph();
    private final List<CriterionPanel> panels = new ArrayList<>();

    RoundAnswerView(AssessmentRounds rounds) {
        this.rounds = rounds;
        addClassName("form-view");
    }

    @Override
    protected void show(long id) {
        AnswerSheet sheet = rounds.mySheet(id);
        setPageTitle(sheet.title());
        boolean editable = sheet.open() && !sheet.submitted();
        add(new RouterLink(getTranslation("round.back"), AssessmentsView.class),
                new ViewHeader(sheet.title(), sheet.framework().description().in(getLocale())));
        if (sheet.submitted()) {
            add(notice(getTranslation("answer.submitted-notice")));
        } else if (!sheet.open()) {
            add(notice(getTranslation("round.error.closed")));
        } else {
            add(notice(getTranslation("answer.autosave-notice")));
        }
        progress.setMin(0);
        progress.setMax(sheet.framework().criteria().size());
        progress.getElement().setAttribute("aria-label", getTranslation("answer.progress-label"));
        add(progressText, progress);
        panels.clear();
        int number = 1;
        for (Criterion criterion : sheet.framework().criteria()) {
            CriterionPanel panel = new CriterionPanel(number++, criterion, sheet.answers().get(criterion.key()),
                    editable, input -> rounds.saveAnswer(id, criterion.key(), input), this::updateProgress);
            panels.add(panel);
            add(panel);
        }
        // where the respondent left off: the first criterion without an answer (or the first one) is open
        panels.stream().filter(panel -> !panel.answered()).findFirst().orElse(panels.getFirst()).setOpened(true);
        updateProgress();
        if (editable) {
            Button submit = new Button(getTranslation("answer.submit"), e -> confirmSubmit(id));
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            add(new HorizontalLayout(submit));
        }
    }

    private void updateProgress() {
        long answered = panels.stream().filter(CriterionPanel::answered).count();
        progress.setValue(answered);
        progressText.setText(getTranslation("answer.progress", answered, panels.size()));
    }

    private void confirmSubmit(long id) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("answer.submit.title"),
                getTranslation("answer.submit.text"), getTranslation("answer.submit"), e -> {
                    try {
                        rounds.submit(id);
                        Notifications.success(getTranslation("answer.submitted"));
                        getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
                    } catch (UserFacingException refusal) {
                        Notifications.refused(refusal);
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private static Paragraph notice(String text) {
        Paragraph notice = new Paragraph(text);
        notice.addClassName("notice");
        return notice;
    }
}
