package org.imcregistry.competition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
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
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.competition.AggregationMethod;
import org.imcregistry.competition.CompetitionExport;
import org.imcregistry.competition.Edition;
import org.imcregistry.competition.Editions;
import org.imcregistry.competition.Entries;
import org.imcregistry.competition.EntryRow;
import org.imcregistry.competition.Jury;
import org.imcregistry.competition.ShortlistRule;
import org.imcregistry.competition.Shortlists;
import org.imcregistry.competition.Stage;
import org.imcregistry.security.Role;
import org.imcregistry.ui.EmptyState;
import org.imcregistry.ui.Notifications;
import org.imcregistry.ui.ViewHeader;
import org.springframework.security.access.AccessDeniedException;

/**
 * The manager's page of an edition: its rules, the stage and the step to the next one, entries and their
 * eligibility, the jury and its progress, the ranking with the shortlist and its overrides, and the export.
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
        add(stageBar(edition), rules(edition));
        if (edition.stage() == Stage.DRAFT) {
            add(settings(edition));
        }
        add(entriesSection(edition), jurySection(edition));
        if (edition.stage().ordinal() >= Stage.JUDGING.ordinal()) {
            add(rankingSection(edition));
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
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            export.write(id, this::getTranslation, out);
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
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("competition.advance.title",
                getTranslation("competition.stage." + next.name())),
                getTranslation("competition.advance.text." + next.name()),
                getTranslation("competition.advance", getTranslation("competition.stage." + next.name())), e -> {
                    try {
                        if (next == Stage.CLOSED) {
                            shortlists.close(id, edition.version());
                        } else {
                            editions.advance(id, edition.version());
                        }
                        Notifications.success(getTranslation("competition.advanced",
                                getTranslation("competition.stage." + next.name())));
                        show();
                    } catch (UserFacingException refusal) {
                        Notifications.refused(refusal);
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private Component rules(Edition edition) {
        UnorderedList criteria = new UnorderedList();
        edition.criteria().forEach(c -> criteria.add(new ListItem(getTranslation("competition.criterion.weight",
                c.name(), c.weight()))));
        UnorderedList eligibility = new UnorderedList();
        edition.rules().forEach(r -> eligibility.add(new ListItem(r)));
        Paragraph method = new Paragraph(getTranslation("competition.rules.summary",
                getTranslation("competition.aggregation." + edition.aggregation().name()),
                getTranslation("competition.rule." + edition.rule().name(), edition.ruleValue()),
                edition.jurorsPerEntry(), getTranslation(edition.blind() ? "competition.blind.on" : "competition.blind.off"),
                edition.tieBreaks().stream().map(t -> getTranslation("competition.tie." + t.name()))
                        .collect(Collectors.joining(" → ")), edition.scaleMin(), edition.scaleMax()));
        if (edition.judgingDeadline() != null) {
            method.add(" " + getTranslation("competition.rules.judging-deadline", edition.judgingDeadline().toString()));
        }
        return new Section(new H2(getTranslation("competition.rules")), method,
                new Paragraph(getTranslation("competition.criteria")), criteria,
                new Paragraph(getTranslation("competition.eligibility")), eligibility);
    }

    private Component settings(Edition edition) {
        Select<AggregationMethod> method = new Select<>();
        method.setLabel(getTranslation("competition.field.aggregation"));
        method.setItems(AggregationMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("competition.aggregation." + m.name()));
        method.setValue(edition.aggregation());
        Select<ShortlistRule> rule = new Select<>();
        rule.setLabel(getTranslation("competition.field.rule"));
        rule.setItems(ShortlistRule.values());
        rule.setItemLabelGenerator(r -> getTranslation("competition.rule.kind." + r.name()));
        rule.setValue(edition.rule());
        NumberField value = new NumberField(getTranslation("competition.field.rule-value"));
        value.setValue(edition.ruleValue());
        IntegerField perEntry = new IntegerField(getTranslation("competition.field.jurors-per-entry"));
        perEntry.setValue(edition.jurorsPerEntry());
        perEntry.setMin(1);
        perEntry.setMax(15);
        com.vaadin.flow.component.datepicker.DatePicker opens = new com.vaadin.flow.component.datepicker.DatePicker(
                getTranslation("competition.field.opens"), edition.opensOn());
        com.vaadin.flow.component.datepicker.DatePicker closes = new com.vaadin.flow.component.datepicker.DatePicker(
                getTranslation("competition.field.closes"), edition.closesOn());
        com.vaadin.flow.component.datepicker.DatePicker deadline = new com.vaadin.flow.component.datepicker.DatePicker(
                getTranslation("competition.field.judging-deadline"), edition.judgingDeadline());
        deadline.setHelperText(getTranslation("competition.field.judging-deadline.help"));
        Checkbox blind = new Checkbox(getTranslation("competition.field.blind"), edition.blind());
        Checkbox country = new Checkbox(getTranslation("competition.field.same-country"), edition.excludeSameCountry());
        Map<Long, NumberField> weights = new HashMap<>();
        FormLayout form = new FormLayout(method, rule, value, perEntry, opens, closes, deadline, blind, country);
        edition.criteria().forEach(c -> {
            NumberField weight = new NumberField(getTranslation("competition.field.weight", c.name()));
            weight.setValue(c.weight());
            weight.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
            weights.put(c.id(), weight);
            form.add(weight);
        });
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                Map<Long, Double> w = new HashMap<>();
                weights.forEach((k, f) -> w.put(k, f.getValue() == null ? 0 : f.getValue()));
                editions.configure(id, edition.version(), new Editions.Settings(opens.getValue(), closes.getValue(),
                        deadline.getValue(), perEntry.getValue() == null ? 0 : perEntry.getValue(), blind.getValue(),
                        country.getValue(), method.getValue(), rule.getValue(), value.getValue() == null ? 0 : value.getValue(),
                        edition.tieBreaks(), w));
                Notifications.success(getTranslation("competition.saved"));
                show();
            } catch (InvalidInputException invalid) {
                invalid.problems().forEach(p -> Notifications.error(getTranslation(p.messageKey(), p.argumentArray())));
            } catch (UserFacingException refusal) {
                Notifications.refused(refusal);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        return new Section(new H2(getTranslation("competition.settings")), form, save, lists(edition));
    }

    /** Categories and the eligibility checklist, one per line. */
    private Component lists(Edition edition) {
        com.vaadin.flow.component.textfield.TextArea categories = new com.vaadin.flow.component.textfield.TextArea(
                getTranslation("competition.field.categories"));
        categories.setValue(String.join("\n", edition.categories().stream().map(Edition.Category::name).toList()));
        categories.setHelperText(getTranslation("competition.field.one-per-line"));
        categories.setWidthFull();
        com.vaadin.flow.component.textfield.TextArea rules = new com.vaadin.flow.component.textfield.TextArea(
                getTranslation("competition.field.rules"));
        rules.setValue(String.join("\n", edition.rules()));
        rules.setHelperText(getTranslation("competition.field.one-per-line"));
        rules.setWidthFull();
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                editions.setCategoriesAndRules(id, editions.get(id).version(), categories.getValue().lines().toList(),
                        rules.getValue().lines().toList());
                Notifications.success(getTranslation("competition.saved"));
                show();
            } catch (InvalidInputException invalid) {
                categories.setErrorMessage(getTranslation(invalid.messageKey(), invalid.arguments()));
                categories.setInvalid(true);
            } catch (UserFacingException refusal) {
                Notifications.refused(refusal);
            }
        });
        return new com.vaadin.flow.component.html.Div(categories, rules, save);
    }

    private Component entriesSection(Edition edition) {
        Section section = new Section(new H2(getTranslation("competition.entries")));
        if (edition.stage() == Stage.OPEN) {
            section.add(new Button(getTranslation("competition.entry.add"), VaadinIcon.PLUS.create(),
                    e -> addEntry(edition)));
        }
        Grid<EntryRow> grid = new Grid<>();
        grid.addColumn(EntryRow::title).setHeader(getTranslation("competition.entry.practice")).setFlexGrow(3);
        grid.addColumn(EntryRow::applicant).setHeader(getTranslation("competition.entry.applicant")).setFlexGrow(2);
        grid.addColumn(EntryRow::category).setHeader(getTranslation("competition.entry.category")).setAutoWidth(true);
        grid.addColumn(r -> r.eligible() == null ? getTranslation("competition.eligibility.open")
                : getTranslation(r.eligible() ? "competition.eligibility.yes" : "competition.eligibility.no")
                        + (r.eligibilityReason() == null ? "" : " — " + r.eligibilityReason()))
                .setHeader(getTranslation("competition.eligibility.column")).setFlexGrow(2);
        grid.addColumn(r -> r.submitted() + " / " + r.assigned()).setHeader(getTranslation("competition.entry.scored"))
                .setAutoWidth(true);
        if (edition.stage() == Stage.ELIGIBILITY) {
            grid.addComponentColumn(r -> new HorizontalLayout(
                    new Button(getTranslation("competition.eligibility.yes"), e -> {
                        entries.markEligibility(r.id(), true, null);
                        show();
                    }),
                    new Button(getTranslation("competition.eligibility.no"), e -> new ReasonDialog(
                            getTranslation("competition.eligibility.no"), true,
                            why -> entries.markEligibility(r.id(), false, why), this::show).open())))
                    .setAutoWidth(true);
        }
        if (edition.stage() == Stage.ELIGIBILITY || edition.stage() == Stage.JUDGING) {
            Map<Long, String> names = jury.candidates();
            grid.addComponentColumn(r -> {
                if (!Boolean.TRUE.equals(r.eligible())) {
                    return new com.vaadin.flow.component.html.Span();
                }
                ComboBox<Long> juror = new ComboBox<>();
                juror.setPlaceholder(getTranslation("competition.jury.assign-one"));
                juror.setAriaLabel(getTranslation("competition.jury.assign-one"));
                juror.setItems(edition.jurors());
                juror.setItemLabelGenerator(j -> names.getOrDefault(j, String.valueOf(j)));
                juror.addValueChangeListener(e -> {
                    if (e.getValue() != null) {
                        try {
                            jury.assign(r.id(), e.getValue());
                            show();
                        } catch (UserFacingException refusal) {
                            Notifications.refused(refusal);
                            juror.clear();
                        }
                    }
                });
                return juror;
            }).setAutoWidth(true);
        }
        grid.setItems(entries.of(id));
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    private void addEntry(Edition edition) {
        new EntryDialog(edition, sources, false, this::show).open();
    }

    private Component jurySection(Edition edition) {
        Section section = new Section(new H2(getTranslation("competition.jury")));
        Map<Long, String> candidates = jury.candidates();
        MultiSelectComboBox<Long> members = new MultiSelectComboBox<>(getTranslation("competition.jury.members"));
        members.setItems(candidates.keySet());
        members.setItemLabelGenerator(candidates::get);
        members.setValue(edition.jurors());
        members.setWidth("30rem");
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                jury.setJurors(id, Set.copyOf(members.getValue()));
                Notifications.success(getTranslation("competition.saved"));
                show();
            } catch (UserFacingException refusal) {
                Notifications.refused(refusal);
            }
        });
        HorizontalLayout row = new HorizontalLayout(members, save);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        section.add(row);
        if (edition.stage() == Stage.ELIGIBILITY || edition.stage() == Stage.JUDGING) {
            Button assign = new Button(getTranslation("competition.jury.assign"), VaadinIcon.RANDOM.create(), e -> {
                try {
                    Jury.AssignmentReport report = jury.assignAutomatically(id);
                    Notifications.success(getTranslation("competition.jury.assigned", report.assigned(),
                            report.shortOfJurors().size()));
                    show();
                } catch (UserFacingException refusal) {
                    Notifications.refused(refusal);
                }
            });
            section.add(new Paragraph(getTranslation("competition.jury.assign.help")), assign);
        }
        Grid<Jury.JurorProgress> progress = new Grid<>();
        progress.addColumn(Jury.JurorProgress::name).setHeader(getTranslation("competition.jury.juror"));
        progress.addColumn(p -> p.submitted() + " / " + p.assigned()).setHeader(getTranslation("competition.entry.scored"));
        progress.addColumn(Jury.JurorProgress::conflicts).setHeader(getTranslation("competition.jury.conflicts"));
        progress.setItems(jury.progress(id));
        progress.setAllRowsVisible(true);
        section.add(progress);
        return section;
    }

    private Component rankingSection(Edition edition) {
        Section section = new Section(new H2(getTranslation("competition.ranking")));
        if (edition.stage() == Stage.JUDGING) {
            section.add(new Paragraph(getTranslation("competition.ranking.provisional")));
        }
        Grid<Shortlists.RankingRow> grid = new Grid<>();
        grid.addColumn(r -> r.ranked().rank()).setHeader(getTranslation("competition.export.rank")).setAutoWidth(true);
        grid.addColumn(r -> r.entry().title()).setHeader(getTranslation("competition.entry.practice")).setFlexGrow(3);
        grid.addColumn(r -> r.entry().category()).setHeader(getTranslation("competition.entry.category"));
        grid.addColumn(r -> r.ranked().finalScore() == null ? "—"
                : String.format(getLocale(), "%.2f", r.ranked().finalScore()))
                .setHeader(getTranslation("competition.export.final-score")).setAutoWidth(true);
        grid.addColumn(r -> r.ranked().tieBreakNote() == null ? "" : r.ranked().tieBreakNote())
                .setHeader(getTranslation("competition.export.tie-break"));
        grid.addColumn(r -> getTranslation(r.ranked().shortlisted() ? "competition.export.yes" : "competition.export.no")
                + (r.entry().override() == null ? "" : " (" + r.entry().overrideReason() + ")"))
                .setHeader(getTranslation("competition.export.shortlisted")).setFlexGrow(2);
        if (edition.stage() == Stage.SHORTLISTED) {
            grid.addComponentColumn(r -> new Button(getTranslation(r.ranked().shortlisted()
                    ? "competition.shortlist.off" : "competition.shortlist.on"), e -> new ReasonDialog(
                    getTranslation(r.ranked().shortlisted() ? "competition.shortlist.off" : "competition.shortlist.on"),
                    true, why -> shortlists.override(r.entry().id(), !r.ranked().shortlisted(), why), this::show)
                    .open())).setAutoWidth(true);
        }
        grid.setItems(shortlists.ranking(id));
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
