package org.imcregistry.municipality.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.imcregistry.ui.Today;
import org.imcregistry.municipality.MemberRole;
import org.imcregistry.municipality.MunicipalityDirectory;
import org.imcregistry.municipality.MunicipalitySummary;
import org.imcregistry.municipality.PartnershipDraft;
import org.jspecify.annotations.Nullable;

/** The member municipalities of a partnership: add from the register, set the role and joining date, remove. */
class MemberEditor extends CustomField<List<MemberEditor.Line>> {

    private final Today today;

    /** One member as edited: the municipality, its role and when it joined. */
    static final class Line {
        final MunicipalitySummary municipality;
        MemberRole role;
        @Nullable LocalDate joinedOn;

        Line(MunicipalitySummary municipality, MemberRole role, @Nullable LocalDate joinedOn) {
            this.municipality = municipality;
            this.role = role;
            this.joinedOn = joinedOn;
        }

        PartnershipDraft.MemberDraft draft() {
            return new PartnershipDraft.MemberDraft(municipality.id(), role, joinedOn);
        }
    }

    private final List<Line> lines = new ArrayList<>();
    private final Grid<Line> grid = new Grid<>();
    final ComboBox<MunicipalitySummary> add = new ComboBox<>();

    MemberEditor(MunicipalityDirectory directory, Today today) {
        this.today = today;
        setLabel(getTranslation("partnership.members.title"));
        grid.addColumn(l -> l.municipality.name() + " (" + l.municipality.reference() + ")")
                .setHeader(getTranslation("municipality.name")).setFlexGrow(2);
        grid.addComponentColumn(this::roleSelect).setHeader(getTranslation("member.role"));
        grid.addComponentColumn(this::joinedPicker).setHeader(getTranslation("member.joined-on"));
        grid.addComponentColumn(l -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                lines.remove(l);
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            remove.setAriaLabel(getTranslation("member.remove", l.municipality.name()));
            remove.setTooltipText(getTranslation("member.remove", l.municipality.name()));
            return remove;
        }).setFlexGrow(0).setWidth("5rem");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("member.none"));
        add.setPlaceholder(getTranslation("member.add"));
        add.setAriaLabel(getTranslation("member.add"));
        add.setItems(q -> directory.find(null, q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        add.setItemLabelGenerator(m -> m.name() + " (" + m.reference() + ")");
        add.setWidth("22rem");
        add.addValueChangeListener(e -> {
            MunicipalitySummary chosen = e.getValue();
            if (chosen != null && lines.stream().noneMatch(l -> l.municipality.id().equals(chosen.id()))) {
                lines.add(new Line(chosen, lines.isEmpty() ? MemberRole.LEAD : MemberRole.MEMBER, null));
                refresh();
            }
            if (chosen != null) {
                add.clear();
            }
        });
        VerticalLayout layout = new VerticalLayout(grid, new HorizontalLayout(add));
        layout.setPadding(false);
        add(layout);
    }

    private Select<MemberRole> roleSelect(Line line) {
        Select<MemberRole> role = new Select<>();
        role.setItems(MemberRole.values());
        role.setItemLabelGenerator(r -> getTranslation("member.role." + r.name()));
        role.setValue(line.role);
        role.setAriaLabel(getTranslation("member.role"));
        role.addValueChangeListener(e -> {
            line.role = e.getValue();
            updateValue();
        });
        return role;
    }

    private DatePicker joinedPicker(Line line) {
        DatePicker joined = new DatePicker();
        joined.setValue(line.joinedOn);
        joined.setMax(today.date());
        joined.setAriaLabel(getTranslation("member.joined-on"));
        joined.addValueChangeListener(e -> {
            line.joinedOn = e.getValue();
            updateValue();
        });
        return joined;
    }

    private void refresh() {
        grid.setItems(lines);
        updateValue();
    }

    @Override
    protected List<Line> generateModelValue() {
        return List.copyOf(lines);
    }

    @Override
    protected void setPresentationValue(List<Line> value) {
        lines.clear();
        lines.addAll(value == null ? List.of() : value);
        grid.setItems(lines);
    }
}
