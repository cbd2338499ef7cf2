package org.imcregistry.competition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.imcregistry.ui.UserZone;
import java.time.ZoneId;
import java.util.Locale;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.competition.CompetitionExport;
import org.imcregistry.competition.Edition;
import org.imcregistry.competition.Editions;
import org.imcregistry.competition.Entries;
import org.imcregistry.competition.Jury;
import org.imcregistry.competition.Shortlists;
import org.imcregistry.competition.Stage;
import org.imcregistry.security.Role;
import org.imcregistry.ui.EmptyState;
import org.imcregistry.ui.Notifications;
import org.imcregistry.ui.ViewHeader;
import org.springframework.security.access.AccessDeniedException;

/**
 * The manager's page of an edition: its rules, the stage and the step to the next one, entries and their
 * eligibility, the jury and its progress, the ranking with the shortlist and its overrides, and the export. Each
 * part is a section of its own; a refusal reaches the manager through the session's error handler.
 */
@Route("competitions/:id")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
public class EditionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Editions editions;
    private final Entries entries;
    private final Jury jury;
    private final Shortlists shortlists;
    private final CompetitionExport export;
    private final EntryDialog.Sources sources;
    private long id;
    private String title = "";

    EditionView(Editions editions, Entries entries, Jury jury, Shortlists shortlists, CompetitionExport export,
            EntryDialog.Sources sources) {
        this.editions = editions;
        this.entries = entries;
        this.jury = jury;
        this.shortlists = shortlists;
        this.export = export;
        this.sources = sources;
        addClassName("detail-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show();
        } catch (NumberFormatException | UserFacingException | AccessDeniedException e) {
            // an unknown or forbidden edition is a page of its own, not a message over an empty one
            removeAll();
            title = getTranslation("competition.not-found");
            add(new EmptyState(VaadinIcon.TROPHY, title, getTranslation("competition.not-found.text")),
                    new RouterLink(getTranslation("competition.back"), CompetitionsView.class));
        }
    }

    void show() {
        removeAll();
        Edition edition = editions.get(id);
        title = edition.name();
        add(new RouterLink(getTranslation("competition.back"), CompetitionsView.class),
                new ViewHeader(edition.name() + " " + edition.year(), getTranslation("competition.stage.now",
                        getTranslation("competition.stage." + edition.stage().name()))));
        add(stageBar(edition), new RulesSection(edition));
        if (edition.stage() == Stage.DRAFT) {
            add(new SettingsSection(editions, edition, this::show));
        }
        add(new EntriesSection(edition, entries, jury, sources, this::show), new JurySection(edition, jury, this::show));
        if (edition.stage().ordinal() >= Stage.JUDGING.ordinal()) {
            add(new RankingSection(edition, shortlists, this::show));
        }
    }

    private Component stageBar(Edition edition) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.addClassName("toolbar");
        if (edition.stage() != Stage.CLOSED) {
            Stage next = edition.stage().next();
            Button advance = new Button(getTranslation("competition.advance",
                    getTranslation("competition.stage." + next.name())), VaadinIcon.ARROW_RIGHT.create(),
                    e -> confirmAdvance(edition, next));
            advance.addThemeVariants(ButtonVariant.PRIMARY);
            bar.add(advance);
        }
        // the exporting person's language and zone, as the page shows them
        Locale locale = getLocale();
        ZoneId zone = UserZone.current();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            export.write(id, locale, zone, out);
            byte[] xlsx = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(xlsx), "competition-" + id + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.length);
        }), "");
        download.add(new Button(getTranslation("register.export"), VaadinIcon.DOWNLOAD.create()));
        download.getElement().setAttribute("download", true);
        bar.add(download);
        return bar;
    }

    private void confirmAdvance(Edition edition, Stage next) {
        String stage = getTranslation("competition.stage." + next.name());
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("competition.advance.title", stage),
                getTranslation("competition.advance.text." + next.name()), getTranslation("competition.advance", stage),
                e -> {
                    if (next == Stage.CLOSED) {
                        shortlists.close(id, edition.version());
                    } else {
                        editions.advance(id, edition.version());
                    }
                    Notifications.success(getTranslation("competition.advanced", stage));
                    show();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
