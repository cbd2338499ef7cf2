package org.imcregistry.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.imcregistry.assessment.RoundViews.AnswerInput;
import org.imcregistry.assessment.RoundViews.AnswerSheet;
import org.imcregistry.assessment.RoundViews.AnswerView;
import org.imcregistry.assessment.framework.Criterion;
import org.imcregistry.ui.Notifications;

/**
 * A respondent's answers, criterion by criterion: each saved as it is given, progress shown, and "submit", which
 * locks them. The same form whether the respondent signed in or came through a personal link; only how answers
 * are saved and submitted differs.
 */
class AnswerForm extends Div {

    private final ProgressBar progress = new ProgressBar();
    private final Paragraph progressText = new Paragraph();
    private final List<CriterionPanel> panels = new ArrayList<>();

    /**
     * @param save saves one criterion's answer
     * @param submit locks the answers; {@code afterSubmit} then shows the page anew
     */
    AnswerForm(AnswerSheet sheet, BiFunction<String, AnswerInput, AnswerView> save, Runnable submit,
            Runnable afterSubmit) {
        boolean editable = sheet.open() && !sheet.submitted();
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
        int number = 1;
        for (Criterion criterion : sheet.framework().criteria()) {
            CriterionPanel panel = new CriterionPanel(number++, criterion, sheet.answers().get(criterion.key()),
                    editable, input -> save.apply(criterion.key(), input), this::updateProgress);
            panels.add(panel);
            add(panel);
        }
        // where the respondent left off: the first criterion without an answer (or the first one) is open
        panels.stream().filter(panel -> !panel.answered()).findFirst().orElse(panels.getFirst()).setOpened(true);
        updateProgress();
        if (editable) {
            Button send = new Button(getTranslation("answer.submit"), e -> confirmSubmit(submit, afterSubmit));
            send.addThemeVariants(ButtonVariant.PRIMARY);
            add(new HorizontalLayout(send));
        }
    }

    private void updateProgress() {
        long answered = panels.stream().filter(CriterionPanel::answered).count();
        progress.setValue(answered);
        progressText.setText(getTranslation("answer.progress", answered, panels.size()));
    }

    private void confirmSubmit(Runnable submit, Runnable afterSubmit) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("answer.submit.title"),
                getTranslation("answer.submit.text"), getTranslation("answer.submit"), e -> {
                    submit.run();
                    Notifications.success(getTranslation("answer.submitted"));
                    afterSubmit.run();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    static Paragraph notice(String text) {
        Paragraph notice = new Paragraph(text);
        notice.addClassName("notice");
        return notice;
    }
}
