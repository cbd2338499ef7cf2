package org.imcregistry.assessment.ui;

import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import java.util.function.Function;
import org.imcregistry.assessment.RoundViews.AnswerInput;
import org.imcregistry.assessment.RoundViews.AnswerView;
import org.imcregistry.assessment.framework.Criterion;

/**
 * One criterion of the answer form as a panel that opens and closes (Enter or Space on its title): the title
 * says whether it is answered, and its form is built when it is first opened. A framework has some ten criteria
 * of up to a dozen conditions each; building only what the respondent opens keeps each session small on the
 * server (see the load drill in bench/).
 */
class CriterionPanel extends Details {

    private final Span state = new Span();
    private boolean answered;

    CriterionPanel(int number, Criterion criterion, @Nullable AnswerView answer, boolean editable,
            Function<AnswerInput, AnswerView> save, Runnable onSaved) {
        answered = answer != null && answer.value() != null;
        Span title = new Span(number + ". " + criterion.title().in(getLocale()));
        title.addClassName("criterion-title");
        state.addClassName("criterion-state");
        setSummary(new Span(title, state));
        addClassName("criterion-panel");
        showState();
        addOpenedChangeListener(opened -> {
            if (opened.isOpened() && getContent().findAny().isEmpty()) {
                add(new CriterionAnswerForm(criterion, answer, editable, save, saved -> {
                    answered = saved.value() != null;
                    showState();
                    onSaved.run();
                }));
            }
        });
    }

    boolean answered() {
        return answered;
    }

    private void showState() {
        state.setText(getTranslation(answered ? "answer.panel.answered" : "answer.panel.open"));
        state.getElement().getClassList().set("answered", answered);
    }
}
