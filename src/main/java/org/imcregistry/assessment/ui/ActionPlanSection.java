package org.imcregistry.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.imcregistry.ui.Today;
import org.imcregistry.assessment.ActionPlan;
import org.imcregistry.assessment.ActionPlanItem;
import org.imcregistry.assessment.ActionStatus;
import org.imcregistry.assessment.RoundResultsView;
import org.imcregistry.assessment.framework.Criterion;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.ui.Notifications;

/**
 * The improvement plan on the results page: every action of the partnership on this framework, from
 * earlier rounds too, with its status. Coordinators add actions (weak criteria are offered first) and
 * move them along.
 */
class ActionPlanSection extends Section {

    private final Today today;

    private final ActionPlan plan;
    private final long roundId;
    private final RoundResultsView view;
    private final boolean coordinator;
    private final Grid<ActionPlanItem> grid = new Grid<>();

    ActionPlanSection(ActionPlan plan, RoundResultsView view, boolean coordinator, Today today) {
        this.today = today;
        this.plan = plan;
        this.roundId = view.round().id();
        this.view = view;
        this.coordinator = coordinator;
        Locale locale = getLocale();
        add(new H2(getTranslation("action.title")), new Paragraph(getTranslation("action.lead")));
        grid.addColumn(i -> view.framework().criterion(i.criterionKey()).map(c -> c.title().in(locale)).orElse(""))
                .setHeader(getTranslation("results.criterion")).setFlexGrow(2);
        grid.addColumn(ActionPlanItem::action).setHeader(getTranslation("action.action")).setFlexGrow(3);
        grid.addColumn(i -> i.owner() == null ? "" : i.owner()).setHeader(getTranslation("action.owner"));
        grid.addColumn(i -> i.dueDate() == null ? "" : i.dueDate().toString()).setHeader(getTranslation("action.due"));
        grid.addColumn(i -> i.roundId() == roundId ? getTranslation("action.this-round")
                : getTranslation("action.earlier-round")).setHeader(getTranslation("action.planned-in"));
        grid.addComponentColumn(this::status).setHeader(getTranslation("action.status")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("action.none"));
        grid.setAriaLabel(getTranslation("action.title"));
        add(grid);
        if (coordinator) {
            add(addForm(locale));
        }
        refresh();
    }

    private com.vaadin.flow.component.Component status(ActionPlanItem item) {
        if (!coordinator) {
            return new com.vaadin.flow.component.html.Span(getTranslation("action.status." + item.status().name()));
        }
        Select<ActionStatus> status = new Select<>();
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("action.status." + s.name()));
        status.setValue(item.status());
        status.setAriaLabel(getTranslation("action.status"));
        status.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                plan.update(roundId, new ActionPlanItem(item.id(), item.roundId(), item.criterionKey(), item.action(),
                        item.owner(), item.dueDate(), e.getValue(), item.version()));
                refresh();
            } catch (UserFacingException refusal) {
                Notifications.refused(refusal);
                refresh();
            }
        });
        return status;
    }

    private FormLayout addForm(Locale locale) {
        Select<Criterion> criterion = new Select<>();
        criterion.setLabel(getTranslation("results.criterion"));
        List<Criterion> ordered = view.criteria().stream()
                .sorted(Comparator.comparing(c -> c.consensusScore() == null ? 101 : c.consensusScore()))
                .map(RoundResultsView.CriterionResult::criterion).toList();
        criterion.setItems(ordered);
        criterion.setItemLabelGenerator(c -> c.title().in(locale));
        criterion.setValue(ordered.getFirst());
        TextField action = new TextField(getTranslation("action.action"));
        action.setMaxLength(1000);
        action.setRequired(true);
        TextField owner = new TextField(getTranslation("action.owner"));
        owner.setMaxLength(200);
        DatePicker due = new DatePicker(getTranslation("action.due"));
        due.setMin(today.date());
        Button add = new Button(getTranslation("action.add"), e -> {
            plan.add(roundId, criterion.getValue().key(), action.getValue(), owner.getValue(), due.getValue());
            action.clear();
            owner.clear();
            due.clear();
            refresh();
            Notifications.success(getTranslation("action.added"));
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(criterion, action, owner, due, add);
        form.setColspan(action, 2);
        form.addClassName("no-print");
        return form;
    }

    private void refresh() {
        grid.setItems(plan.forRound(roundId));
    }
}
