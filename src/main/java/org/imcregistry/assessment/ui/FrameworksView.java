package org.imcregistry.assessment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.imcregistry.assessment.FrameworkCatalog;
import org.imcregistry.assessment.FrameworkSummary;
import org.imcregistry.assessment.framework.Scale;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.security.Role;
import org.imcregistry.ui.Notifications;
import org.imcregistry.ui.SingleFileUpload;
import org.imcregistry.ui.ViewHeader;

/**
 * Admins see every framework version and add new ones. A file is checked completely before it is
 * stored, and every problem is listed with the criterion and field it is about.
 */
@Route("assessments/frameworks")
@RolesAllowed(Role.ADMIN_NAME)
public class FrameworksView extends Main implements HasDynamicTitle {

    private final FrameworkCatalog catalog;
    private final Grid<FrameworkSummary> versions = new Grid<>();
    final Div report = new Div();

    FrameworksView(FrameworkCatalog catalog) {
        this.catalog = catalog;
        versions.addColumn(f -> f.framework().title().in(getLocale())).setHeader(getTranslation("frameworks.title-column"))
                .setFlexGrow(3);
        versions.addColumn(FrameworkSummary::key).setHeader(getTranslation("frameworks.key")).setAutoWidth(true);
        versions.addColumn(FrameworkSummary::version).setHeader(getTranslation("frameworks.version")).setAutoWidth(true);
        versions.addColumn(f -> f.framework().criteria().size()).setHeader(getTranslation("frameworks.criteria"))
                .setAutoWidth(true);
        versions.addColumn(this::scales).setHeader(getTranslation("frameworks.scales")).setAutoWidth(true);
        versions.addColumn(f -> getTranslation(f.shipped() ? "frameworks.shipped" : "frameworks.uploaded"))
                .setHeader(getTranslation("frameworks.origin")).setAutoWidth(true);
        versions.setAllRowsVisible(true);
        versions.setAriaLabel(getTranslation("frameworks.list"));
        refresh();

        Upload upload = SingleFileUpload.of(this, FrameworkCatalog.MAX_UPLOAD_BYTES, (name, file) -> receive(file),
                ".json", "application/json");
        report.getElement().setAttribute("role", "status");
        add(new RouterLink(getTranslation("frameworks.back"), AssessmentsView.class),
                new ViewHeader(getTranslation("frameworks.page-title"), getTranslation("frameworks.lead")), versions,
                new H2(getTranslation("frameworks.upload")), new Paragraph(getTranslation("frameworks.upload.help")),
                upload, report);
        addClassName("list-view");
    }

    /** Stores the file, or lists everything wrong with it; nothing is stored unless all of it is right. */
    void receive(byte[] file) {
        report.removeAll();
        try {
            FrameworkSummary added = catalog.upload(file);
            refresh();
            String title = added.framework().title().in(getLocale());
            report.add(new Paragraph(getTranslation("frameworks.added", title, added.version())));
            Notifications.success(getTranslation("frameworks.added", title, added.version()));
        } catch (InvalidInputException invalid) {
            report.add(new Paragraph(getTranslation("frameworks.refused", invalid.problems().size())));
            UnorderedList problems = new UnorderedList();
            invalid.problems().forEach(p -> problems.add(new ListItem(text(p))));
            report.add(problems);
            Notifications.refused(invalid);
        } catch (UserFacingException refusal) {
            report.add(new Paragraph(getTranslation(refusal.messageKey(), refusal.arguments())));
            Notifications.refused(refusal);
        }
    }

    private String text(Problem problem) {
        return getTranslation(problem.messageKey(), problem.argumentArray());
    }

    private void refresh() {
        versions.setItems(catalog.all());
    }

    private String scales(FrameworkSummary framework) {
        return framework.framework().criteria().stream().map(c -> switch (c.scale()) {
            case Scale.Stages s -> getTranslation("frameworks.scale.stages");
            case Scale.Likert l -> getTranslation("frameworks.scale.likert");
            case Scale.PercentBands b -> getTranslation("frameworks.scale.percent");
        }).distinct().sorted().reduce((a, b) -> a + ", " + b).orElse("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("frameworks.page-title");
    }
}
