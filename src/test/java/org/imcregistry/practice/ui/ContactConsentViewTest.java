package org.imcregistry.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import org.imcregistry.IntegrationTest;
import org.imcregistry.practice.PracticeContent;
import org.imcregistry.practice.PracticeFixture;
import org.imcregistry.practice.RecordLanguage;
import org.imcregistry.ui.BrowserlessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import java.util.Set;

/**
 * In the app's record view the contact details without the named persons' consent are for signed-in users only; the
 * author confirms consent with the editor's checkbox, after which anonymous visitors see them too.
 */
@IntegrationTest
@Import(PracticeFixture.class)
class ContactConsentViewTest extends BrowserlessTestSupport {

    @Autowired
    PracticeFixture fixture;

    @Test
    void anonymousVisitorsSeeContactDetailsOnlyAfterTheAuthorTicksConsent() {
        String contact = "Kontakt Vigdis Visning " + System.nanoTime();
        PracticeContent c = PracticeFixture.content("Consent view " + System.nanoTime(), RecordLanguage.EN,
                "Intro.", Set.of(), Set.of(), "NO", 2020);
        long id = fixture.published(new PracticeContent(c.title(), c.place(), c.region(), c.country(), c.keywords(),
                c.language(), c.startYear(), c.endYear(), null, c.website(), contact, null, null, null, null,
                c.sections(), c.themes(), c.sdgs(), Set.of()));
        fixture.anonymous();
        assertThat(pageText(id)).contains(c.title()).doesNotContain(contact);
        fixture.as("member");
        assertThat(pageText(id)).contains(contact);
        fixture.as("editor"); // who may edit a published record

        UI.getCurrent().navigate(PracticeEditorView.class, new RouteParameters("id", String.valueOf(id)));
        PracticeEditorView editor = (PracticeEditorView) getCurrentView();
        assertThat(editor.contactConsent.getValue()).isFalse();
        test(editor.contactConsent).click();
        editor.save();
        fixture.anonymous();
        assertThat(pageText(id)).contains(contact);
    }

    private String pageText(long id) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(PracticeView.class, new RouteParameters("id", String.valueOf(id)));
        return getCurrentView().getElement().getTextRecursively();
    }
}
