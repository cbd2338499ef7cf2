package org.imcregistry.assessment.ui;

import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.imcregistry.assessment.RoundViews.AnswerInput;
import org.imcregistry.assessment.RoundViews.AnswerView;
import org.imcregistry.assessment.framework.Criterion;
import org.imcregistry.assessment.framework.Scale;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.ui.Notifications;

/**
 * One criterion of the answer form. Every change is saved at once through {@code save}; the form says
 * so, and for a stage scale it shows the stage the ticked conditions imply.
 */
class CriterionAnswerForm extends Section {

    private final Criterion criterion;
    private final Function<AnswerInput, AnswerView> save;
    private final Set<String> ticked = new LinkedHashSet<>();
    private final Span status = new Span();
    private final Span implied = new Span();
    private final TextArea evidence = new TextArea();
    private final TextField link = new TextField();
    private @Nullable Double value;
    private final Consumer<AnswerView> onSaved;

    CriterionAnswerForm(Criterion criterion, @Nullable AnswerView answer, boolean editable,
            Function<AnswerInput, AnswerView> save, Consumer<AnswerView> onSaved) {
        this.criterion = criterion;
        this.save = save;
        this.onSaved = onSaved;
        Locale locale = getLocale();
        if (answer != null) {
            ticked.addAll(answer.ticked());
            value = answer.value();
        }
        if (criterion.description().texts().containsKey("en")) {
            add(new Paragraph(criterion.description().in(locale)));
        }
        add(input(locale, editable));
        evidence.setLabel(getTranslation("answer.evidence"));
        evidence.setHelperText(getTranslation("answer.evidence.help"));
        evidence.setMaxLength(4000);
        evidence.setValueChangeMode(ValueChangeMode.LAZY);
        evidence.setWidthFull();
        link.setLabel(getTranslation("answer.link"));
        link.setPlaceholder("https://");
        link.setMaxLength(500);
        link.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        link.setWidthFull();
        if (answer != null) {
            evidence.setValue(answer.evidence() == null ? "" : answer.evidence());
            link.setValue(answer.link() == null ? "" : answer.link());
        }
        evidence.setReadOnly(!editable);
        link.setReadOnly(!editable);
        evidence.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                persist();
            }
        });
        link.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                persist();
            }
        });
        status.addClassName("save-status");
        status.getElement().setAttribute("aria-live", "polite");
        add(evidence, link, status);
        addClassName("criterion-form");
        updateImplied();
    }

    private Component input(Locale locale, boolean editable) {
        return switch (criterion.scale()) {
            case Scale.Stages stages -> stageInput(stages, locale, editable);
            case Scale.Likert likert -> {
                RadioButtonGroup<Scale.Likert.Point> points = new RadioButtonGroup<>();
                points.setLabel(getTranslation("answer.choose"));
                points.setItems(likert.points());
                points.setItemLabelGenerator(p -> p.value() + " – " + p.label().in(locale));
                likert.points().stream().filter(p -> value != null && p.value() == value.intValue()).findFirst()
                        .ifPresent(points::setValue);
                points.setReadOnly(!editable);
                points.addValueChangeListener(e -> {
                    if (e.isFromClient() && e.getValue() != null) {
                        value = (double) e.getValue().value();
                        persist();
                    }
                });
                yield points;
            }
            case Scale.PercentBands bands -> {
                IntegerField percent = new IntegerField(getTranslation("answer.percent"));
                percent.setMin(0);
                percent.setMax(100);
                percent.setStepButtonsVisible(true);
                percent.setSuffixComponent(new Span("%"));
                percent.setValue(value == null ? null : value.intValue());
                percent.setReadOnly(!editable);
                Div bandList = new Div();
                bands.bands().forEach(b -> bandList.add(new Paragraph(b.from() + "–" + b.to() + " %: "
                        + b.description().in(locale))));
                bandList.addClassName("band-list");
                percent.addValueChangeListener(e -> {
                    if (e.isFromClient() && e.getValue() != null && e.getValue() >= 0 && e.getValue() <= 100) {
                        value = (double) e.getValue();
                        persist();
                    }
                });
                yield new Div(bandList, percent);
            }
        };
    }

    private Component stageInput(Scale.Stages stages, Locale locale, boolean editable) {
        Div all = new Div();
        for (Scale.Stages.Stage stage : stages.stages()) {
            Div group = new Div(new H3(getTranslation("answer.stage", stage.level(), stage.title().in(locale))));
            group.getElement().setAttribute("role", "group");
            group.addClassName("stage-group");
            for (Scale.Stages.Condition condition : stage.conditions()) {
                Checkbox box = new Checkbox(condition.text().in(locale), ticked.contains(condition.key()));
                box.setReadOnly(!editable);
                box.addValueChangeListener(e -> {
                    if (!e.isFromClient()) {
                        return;
                    }
                    if (e.getValue()) {
                        ticked.add(condition.key());
                    } else {
                        ticked.remove(condition.key());
                    }
                    persist();
                });
                group.add(box);
            }
            all.add(group);
        }
        implied.addClassName("implied-stage");
        implied.getElement().setAttribute("aria-live", "polite");
        all.addComponentAsFirst(implied);
        return all;
    }

    private void persist() {
        try {
            AnswerView saved = save.apply(new AnswerInput(value, Set.copyOf(ticked), evidence.getValue(),
                    link.getValue()));
            value = saved.value();
            status.setText(getTranslation("answer.saved"));
            link.setInvalid(false);
            updateImplied();
            onSaved.accept(saved);
        } catch (UserFacingException refusal) {
            status.setText(getTranslation("answer.not-saved"));
            if ("partnership.error.website".equals(refusal.messageKey())) {
                link.setErrorMessage(getTranslation(refusal.messageKey()));
                link.setInvalid(true);
            }
            Notifications.refused(refusal);
        }
    }

    private void updateImplied() {
        if (criterion.scale() instanceof Scale.Stages stages) {
            int stage = stages.impliedStage(ticked);
            implied.setText(stage == 0 ? getTranslation("answer.stage-none")
                    : getTranslation("answer.stage-reached", stage, stages.stages().size(),
                            stages.stages().get(stage - 1).title().in(getLocale())));
        }
    }
}
