package org.imcregistry.competition.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.imcregistry.competition.Edition;
import org.imcregistry.competition.EditionText;
import org.imcregistry.competition.Judging;
import org.imcregistry.competition.Jury;
import org.imcregistry.competition.Stage;
import org.imcregistry.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * The scoring form of one entry: its text, then a score and a comment per criterion, each saved as soon as it is
 * left; while the entry is open, submission and the declaration of a conflict. Refusals other than a wrong score
 * reach the juror through the session's error handler.
 */
class ScoringForm extends Div {

    private final Judging judging;
    private final Edition edition;
    private final Judging.QueueItem item;

    /** {@code reshow} shows the queue again, with the given assignment chosen (or the next open one for null). */
    ScoringForm(Judging judging, Jury jury, Edition edition, Judging.QueueItem item, Consumer<Long> reshow) {
        this.judging = judging;
        this.edition = edition;
        this.item = item;
        boolean open = "ASSIGNED".equals(item.status()) && edition.stage() == Stage.JUDGING;
        add(new H2(item.title()), new EntryText(judging, edition, item));
        Map<Long, Judging.Score> scores = judging.scores(item.assignmentId());
        for (Edition.Criterion criterion : edition.criteria()) {
            add(criterion(criterion, scores.get(criterion.id()), open));
        }
        if (open) {
            Button submit = new Button(getTranslation("competition.judge.submit"), VaadinIcon.CHECK.create(),
                    e -> confirmSubmit(reshow));
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            Button conflict = new Button(getTranslation("competition.judge.conflict"), VaadinIcon.HAND.create(),
                    e -> new ReasonDialog(getTranslation("competition.judge.conflict"), true,
                            why -> jury.declareConflict(item.assignmentId(), why), () -> reshow.accept(null)).open());
            add(new HorizontalLayout(submit, conflict));
        }
    }

    private Div criterion(Edition.Criterion criterion, Judging.@Nullable Score score, boolean open) {
        NumberField value = new NumberField(getTranslation("competition.criterion.weight", criterion.name().in(getLocale()),
                criterion.weight()));
        // wide enough for its label ("Zaangażowanie interesariuszy (15 %)") on one line
        value.setWidth("20rem");
        value.setMin(edition.scaleMin());
        value.setMax(edition.scaleMax());
        value.setStep(1);
        value.setStepButtonsVisible(true);
        value.setValue(score == null ? null : score.value());
        TextArea comment = new TextArea(getTranslation("competition.judge.comment"));
        comment.setHelperText(getTranslation("competition.judge.comment.help", edition.scaleMin(), edition.scaleMax()));
        comment.setValue(score == null || score.comment() == null ? "" : score.comment());
        comment.setWidthFull();
        comment.setMaxLength(2000);
        Span saved = new Span();
        saved.addClassName("save-status");
        Runnable save = () -> {
            if (value.getValue() == null) {
                return;
            }
            try {
                judging.save(item.assignmentId(), criterion.id(), value.getValue(), comment.getValue());
            } catch (InvalidInputException invalid) {
                // the field at fault says what is wrong, so the juror corrects it where they are
                Problem problem = invalid.problems().getFirst();
                HasValidation field = "competition.error.comment-extreme".equals(problem.messageKey()) ? comment : value;
                field.setErrorMessage(getTranslation(problem.messageKey(), problem.argumentArray()));
                field.setInvalid(true);
                saved.setText("");
                return;
            }
            value.setInvalid(false);
            comment.setInvalid(false);
            saved.setText(getTranslation("competition.judge.saved"));
        };
        value.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save.run();
            }
        });
        comment.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save.run();
            }
        });
        value.setReadOnly(!open);
        comment.setReadOnly(!open);
        Div block = new Div(new H3(criterion.name().in(getLocale())), value, comment, saved);
        block.addClassName("criterion-form");
        return block;
    }

    private void confirmSubmit(Consumer<Long> reshow) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("competition.judge.submit"),
                getTranslation("competition.judge.submit.text"), getTranslation("competition.judge.submit"), e -> {
                    try {
                        judging.submit(item.assignmentId());
                    } catch (InvalidInputException invalid) {
                        // every missing or unexplained score in one message, not only the first
                        Notifications.error(invalid.problems().stream().map(p -> getTranslation(p.messageKey(),
                                inMyLanguage(p.argumentArray()))).reduce((a, b) -> a + " " + b).orElse(""));
                        return;
                    }
                    Notifications.success(getTranslation("competition.judge.submitted"));
                    reshow.accept(item.assignmentId());
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    /** A criterion named in a problem reads in the juror's language. */
    private Object[] inMyLanguage(Object[] arguments) {
        return java.util.Arrays.stream(arguments).map(a -> a instanceof EditionText t ? t.in(getLocale()) : a)
                .toArray();
    }
}
