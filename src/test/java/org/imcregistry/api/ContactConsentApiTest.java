package org.imcregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.imcregistry.practice.ContactConsent;
import org.imcregistry.practice.PracticeContent;
import org.imcregistry.practice.PracticeFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A published record's contact details reach no public output until its author confirms that the persons named
 * agreed: not the API's record or list, the JSON Lines and CSV dumps, the public page with its JSON-LD, nor the
 * feed. Once confirmed they do; changing them withdraws the confirmation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "imc.public-url=https://imc.example.org", "imc.api.requests-per-minute=100000"})
@ActiveProfiles("test")
@Import(PracticeFixture.class)
class ContactConsentApiTest {

    @LocalServerPort
    int port;
    @Autowired
    PracticeFixture fixture;
    @Autowired
    ContactConsent consent;
    @Autowired
    org.imcregistry.practice.Practices practices;

    @AfterEach
    void signOut() {
        fixture.anonymous();
    }

    @Test
    void contactDetailsStayOutOfEveryPublicOutputUntilTheAuthorConfirmsConsent() throws Exception {
        String contact = "Kontakt Kari Samtykke " + System.nanoTime();
        PracticeContent c = OpenDataApiTest.record("Consent ferry " + System.nanoTime(), "Ferries.", "NO", 2019,
                Set.of("PUBLIC_TRANSPORT"), Set.of(11));
        long id = fixture.published(new PracticeContent(c.title(), c.place(), c.region(), c.country(), c.keywords(),
                c.language(), c.startYear(), c.endYear(), null, c.website(), contact, c.contributor(), c.researcher(),
                c.documented(), c.photoCredits(), c.sections(), c.themes(), c.sdgs(), Set.of()));
        fixture.anonymous();
        for (String path : outputs(id)) {
            String body = client().get(path).body();
            assertThat(body).as(path).contains(c.title().substring(0, 12)).doesNotContain(contact);
        }

        fixture.as("editor"); // who may edit a published record
        consent.confirm(id, true);
        fixture.anonymous();
        assertThat(client().get("/api/v1/practices/" + id).body()).contains(contact);
        assertThat(client().get("/good-practices/" + id).body()).contains(contact);
        assertThat(client().get("/api/v1/practices.csv").body()).contains(contact);

        fixture.as("editor");
        var details = practices.details(id);
        PracticeContent changed = new PracticeContent(c.title(), c.place(), c.region(), c.country(), c.keywords(),
                c.language(), c.startYear(), c.endYear(), null, c.website(), contact + " and Nils",
                c.contributor(), c.researcher(), c.documented(), c.photoCredits(), c.sections(), c.themes(), c.sdgs(),
                Set.of());
        practices.update(id, details.version(), changed);
        fixture.anonymous();
        assertThat(client().get("/api/v1/practices/" + id).body()).as("new names need a new confirmation")
                .doesNotContain(contact);
    }

    private static String[] outputs(long id) {
        return new String[] {"/api/v1/practices/" + id, "/api/v1/practices?q=Consent", "/api/v1/practices.jsonl",
            "/api/v1/practices.csv", "/good-practices/" + id, "/feed.atom"};
    }

    private ApiClient client() {
        return new ApiClient("http://localhost:" + port);
    }
}
