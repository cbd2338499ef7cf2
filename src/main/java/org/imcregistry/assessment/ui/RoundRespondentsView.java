package org.imcregistry.assessment.ui;

import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.imcregistry.assessment.AssessmentRounds;
import org.imcregistry.assessment.RespondentStatus;
import org.imcregistry.assessment.RoundRespondents;
import org.imcregistry.assessment.RoundStatus;
import org.imcregistry.assessment.RoundViews.RoundSummary;
import org.imcregistry.security.Role;
import org.imcregistry.ui.Notifications;
import org.imcregistry.ui.UserZone;
import org.imcregistry.ui.ViewHeader;

/**
 * The coordinator's list of who is asked to answer a round and where each one is (invited, opened, answering,
 * submitted, last reminder); adding people by address, reminding those who have not submitted, and renewing or
 * withdrawing a person's link.
 */
@Route("assessments/:id/respondents")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class RoundRespondentsView extends RoundPage {

    private final AssessmentRounds rounds;
    private final RoundRespondents respondents;
    final Grid<RespondentStatus> grid = new Grid<>();
    final Button remind = new Button();

    RoundRespondentsView(AssessmentRounds rounds, RoundRespondents respondents) {
        this.rounds = rounds;
        this.respondents = respondents;
        addClassName("list-view");
    }

    @Override
    protected void show(long id) {
        RoundSummary round = rounds.summary(id);
        List<RespondentStatus> people = respondents.statuses(id);
        setPageTitle(getTranslation("respondents.title", round.title()));
        add(new RouterLink(getTranslation("round.back"), AssessmentsView.class),
                new ViewHeader(getTranslation("respondents.title", round.title()), getTranslation("respondents.lead")));
        boolean open = round.status() == RoundStatus.OPEN;
        if (open) {
            var municipalities = respondents.municipalities(id);
            Button many = new Button(getTranslation("respondents.import.open"), VaadinIcon.UPLOAD.create(),
                    e -> new RespondentImportDialog(respondents, id, municipalities, this::refresh).open());
            remind.setText(getTranslation("respondents.remind"));
            remind.setIcon(VaadinIcon.BELL.create());
            remind.addClickListener(e -> confirmRemind(id));
            add(new H2(getTranslation("respondents.add.title")),
                    new AddRespondentForm(respondents, id, municipalities, this::refresh),
                    new HorizontalLayout(many, remind), reminderDays(id));
        }
        add(new H2(getTranslation("respondents.list.title", people.size())), grid);
        configureGrid(id, open);
        grid.setItems(people);
    }

    private void configureGrid(long id, boolean open) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(UserZone.current());
        grid.removeAllColumns();
        grid.addColumn(RespondentStatus::name).setHeader(getTranslation("respondents.name")).setAutoWidth(true);
        grid.addColumn(r -> r.account() ? getTranslation("respondents.has-account") : r.address())
                .setHeader(getTranslation("respondents.email")).setAutoWidth(true);
        grid.addColumn(r -> r.municipality() == null ? "—" : r.municipality())
                .setHeader(getTranslation("municipality.name")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("respondent.group." + r.group().name()))
                .setHeader(getTranslation("round.respondent.group")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("respondents.stage." + r.stage().name(), r.answered(), r.criteria()))
                .setHeader(getTranslation("respondents.stage")).setAutoWidth(true);
        grid.addColumn(r -> when(time, r.lastReminderAt()) + (r.remindersOff()
                ? " · " + getTranslation("respondents.reminders-off") : ""))
                .setHeader(getTranslation("respondents.last-reminder")).setAutoWidth(true);
        if (open) {
            grid.addComponentColumn(r -> actions(id, r)).setHeader(getTranslation("admin.users.actions"))
                    .setAutoWidth(true);
        }
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("respondents.empty"));
    }

    private String when(DateTimeFormatter time, @Nullable Instant instant) {
        return instant == null ? getTranslation("respondents.never") : time.format(instant);
    }

    private HorizontalLayout actions(long id, RespondentStatus r) {
        HorizontalLayout actions = new HorizontalLayout();
        if (r.stage() == RespondentStatus.Stage.SUBMITTED) {
            return actions;
        }
        Button again = new Button(getTranslation("respondents.send-again"), e -> act(() ->
                respondents.sendLinkAgain(id, r.id()), getTranslation("respondents.sent-again", r.name())));
        again.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        actions.add(again);
        if (!r.account() && r.stage() != RespondentStatus.Stage.WITHDRAWN) {
            Button withdraw = new Button(getTranslation("respondents.withdraw"), e -> confirmWithdraw(id, r));
            withdraw.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
            actions.add(withdraw);
        }
        return actions;
    }

    private HorizontalLayout reminderDays(long id) {
        TextField days = new TextField(getTranslation("respondents.reminder-days"));
        days.setHelperText(getTranslation("respondents.reminder-days.help"));
        days.setValue(respondents.reminderDays(id).stream().map(String::valueOf).collect(Collectors.joining(", ")));
        days.setMaxLength(40);
        days.setWidth("22em");
        Button save = new Button(getTranslation("respondents.reminder-days.save"), e -> {
            try {
                List<Integer> parsed = days.getValue().isBlank() ? List.of() : Arrays.stream(days.getValue()
                        .split("[,;\\s]+")).filter(s -> !s.isBlank()).map(Integer::valueOf).toList();
                act(() -> respondents.setReminderDays(id, parsed), getTranslation("respondents.reminder-days.saved"));
            } catch (NumberFormatException notANumber) {
                days.setInvalid(true);
                days.setErrorMessage(getTranslation("respondents.error.reminder-days"));
            }
        });
        HorizontalLayout row = new HorizontalLayout(days, save);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void confirmRemind(long id) {
        long waiting = respondents.statuses(id).stream().filter(r -> r.stage() != RespondentStatus.Stage.SUBMITTED
                && r.stage() != RespondentStatus.Stage.WITHDRAWN).count();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("respondents.remind.title"),
                getTranslation("respondents.remind.text", waiting), getTranslation("respondents.remind"), e -> {
                    int sent = respondents.remindAll(id);
                    Notifications.success(getTranslation("respondents.reminded", sent));
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private void confirmWithdraw(long id, RespondentStatus r) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("respondents.withdraw.title"),
                getTranslation("respondents.withdraw.text", r.name()), getTranslation("respondents.withdraw"),
                e -> act(() -> respondents.withdrawLinks(id, r.id()), getTranslation("respondents.withdrawn", r.name())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void act(Runnable action, String done) {
        action.run();
        Notifications.success(done);
        refresh();
    }

    private void refresh() {
        getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
    }
}
