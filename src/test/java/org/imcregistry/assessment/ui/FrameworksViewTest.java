package org.imcregistry.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.imcregistry.IntegrationTest;
import org.imcregistry.assessment.FrameworkCatalog;
import org.imcregistry.ui.BrowserlessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** An admin adds a framework version by upload; a faulty file is refused with every problem named. */
@IntegrationTest
class FrameworksViewTest extends BrowserlessTestSupport {

    private static final String TEXT = "{\"en\": \"T\", \"nb\": \"T\", \"pl\": \"T\"}";

    @Autowired
    FrameworkCatalog catalog;

    @Test
    @WithUserDetails("admin")
    void aValidFileIsAddedAndListedAFaultyOneIsRefusedWithItsPathsAndNothingStored() {
        FrameworksView view = navigate(FrameworksView.class);
        int before = catalog.all().size();

        view.receive(framework("team-survey", 1, "[{\"value\": 1, \"label\": " + TEXT + "}, {\"value\": 2, "
                + "\"label\": " + TEXT + "}]").getBytes(StandardCharsets.UTF_8));
        assertThat(view.report.getElement().getTextRecursively()).contains("version 1, was added");
        assertThat(catalog.all()).hasSize(before + 1);

        view.receive(framework("team-survey", 2, "[{\"value\": 1, \"label\": {\"en\": \"T\"}}, {\"value\": 3, "
                + "\"label\": " + TEXT + "}]").getBytes(StandardCharsets.UTF_8));
        assertThat(view.report.getElement().getTextRecursively()).contains("was not stored",
                "criteria[1:c1].scale.points[1].label.nb: the text is missing",
                "criteria[1:c1].scale.points[2].value");
        assertThat(catalog.all()).hasSize(before + 1);

        view.receive(framework("team-survey", 1, "[{\"value\": 1, \"label\": " + TEXT + "}, {\"value\": 2, "
                + "\"label\": " + TEXT + "}]").getBytes(StandardCharsets.UTF_8));
        assertThat(view.report.getElement().getTextRecursively()).contains("Version 1 of team-survey already exists");
        assertThat(catalog.all()).hasSize(before + 1);
    }

    private static String framework(String key, int version, String points) {
        return "{\"key\": \"" + key + "\", \"version\": " + version + ", \"title\": " + TEXT + ", \"criteria\": [{"
                + "\"key\": \"c1\", \"title\": " + TEXT + ", \"scale\": {\"type\": \"likert\", \"points\": " + points
                + "}}]}";
    }
}
