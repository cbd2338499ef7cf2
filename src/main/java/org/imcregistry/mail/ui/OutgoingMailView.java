package org.imcregistry.mail.ui;

import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.imcregistry.mail.MailStatus;
import org.imcregistry.mail.OutgoingMail;
import org.imcregistry.mail.OutgoingMail.MailRow;
import org.imcregistry.ui.UserZone;
import org.imcregistry.ui.ViewHeader;

/**
 * "Outgoing mail": the messages the app wrote that the viewer may read (all, for administrators; their
 * partnerships' for coordinators), newest first, with their status; opening one shows it in full, links included.
 * On the embedded default (no mail server) this is where invitations and reminders are read.
 */
@Route("admin/mail")
// Role names as text: mail knows nothing of accounts, so that accounts can send mail without a cycle.
@RolesAllowed({"ADMIN", "COORDINATOR"})
@Menu(order = 91, title = "mail.admin.nav", icon = "ENVELOPE")
public class OutgoingMailView extends Main implements HasDynamicTitle {

    private final OutgoingMail mail;
    final Select<Optional<MailStatus>> status = new Select<>();
    final TextField filter = new TextField();
    final Grid<MailRow> grid = new Grid<>();
    private @Nullable MailRow focused;

    OutgoingMailView(OutgoingMail mail) {
        this.mail = mail;
        status.setLabel(getTranslation("mail.admin.status"));
        status.setItems(Optional.empty(), Optional.of(MailStatus.QUEUED), Optional.of(MailStatus.SENT),
                Optional.of(MailStatus.FAILED), Optional.of(MailStatus.KEPT));
        status.setItemLabelGenerator(s -> s.map(this::statusText).orElse(getTranslation("mail.admin.status.all")));
        status.setValue(Optional.empty());
        status.addValueChangeListener(e -> refresh());
        filter.setLabel(getTranslation("mail.admin.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.setMaxLength(200);
        filter.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(status, filter);
        toolbar.addClassName("toolbar");
        toolbar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(new ViewHeader(getTranslation("mail.admin.title"), getTranslation("mail.admin.lead")));
        if (!mail.delivers()) {
            Paragraph kept = new Paragraph(getTranslation("mail.admin.no-server"));
            kept.addClassName("notice");
            add(kept);
        }
        add(toolbar, grid);
        addClassName("list-view");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (grid.getColumns().isEmpty()) {
            configureGrid(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                    .withZone(UserZone.of(attachEvent.getUI())));
        }
    }

    private void configureGrid(DateTimeFormatter time) {
        grid.addColumn(m -> time.format(m.createdAt())).setHeader(getTranslation("mail.admin.created"))
                .setAutoWidth(true);
        grid.addColumn(MailRow::recipient).setHeader(getTranslation("mail.admin.recipient")).setAutoWidth(true);
        grid.addColumn(MailRow::subject).setHeader(getTranslation("mail.admin.subject")).setFlexGrow(1);
        grid.addColumn(m -> statusText(m.status())).setHeader(getTranslation("mail.admin.status")).setAutoWidth(true);
        grid.addColumn(MailRow::attempts).setHeader(getTranslation("mail.admin.attempts")).setAutoWidth(true);
        grid.addColumn(m -> Optional.ofNullable(m.lastError()).orElse(""))
                .setHeader(getTranslation("mail.admin.error")).setAutoWidth(true);
        grid.setItems(q -> mail.find(status.getValue().orElse(null), filter.getValue(), q.getOffset(), q.getLimit())
                .stream(), q -> mail.count(status.getValue().orElse(null), filter.getValue()));
        grid.setEmptyStateText(getTranslation("mail.admin.empty"));
        grid.addItemClickListener(e -> open(e.getItem()));
        // Keyboard: the arrow keys move between rows, Enter opens the one in focus.
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        grid.getElement().addEventListener("keydown", e -> {
            if (focused != null) {
                open(focused);
            }
        }).setFilter("event.key === 'Enter'");
    }

    void open(MailRow row) {
        new MailMessageDialog(mail, mail.message(row.id()), this::refresh,
                m -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                        .withZone(UserZone.of(getUI().orElseThrow())).format(m)).open();
    }

    String statusText(MailStatus s) {
        return getTranslation("mail.status." + s.name());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.admin.title");
    }

    /** Formats an instant in the viewer's zone. */
    interface TimeText {
        String format(Instant instant);
    }
}
