package org.imcregistry.publicweb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.imcregistry.bootstrap.AppRuns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A new production site before anything is published (the prod profile on an empty file database: no demo data):
 * the lists say so, the sitemap and the feed are valid and hold no record, and a record address is not found.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmptyRegistryPublicWebTest {

    static final String SITE = "https://imc.example.org";

    @TempDir
    static Path dataDir;

    private ConfigurableApplicationContext app;
    private PublicWebClient client;

    @BeforeAll
    void start() {
        // The prod profile's PostgreSQL is replaced by the H2 file database here: this is about an empty registry.
        app = AppRuns.start("--imc.data-dir=" + dataDir, "--spring.profiles.active=prod",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir + "/imc", "--spring.datasource.username=imc",
                "--vaadin.productionMode=false", "--imc.public-url=" + SITE);
        client = new PublicWebClient(AppRuns.baseUrl(app));
    }

    @AfterAll
    void stop() {
        app.close();
    }

    /** The home page's figures and newest records on the empty site: none, counted as none, and no error. */
    @Test
    void theFrontDoorsFiguresAreEmptyNotBroken() {
        var security = app.getBean(org.springframework.security.core.context.SecurityContextHolderStrategy.class);
        security.getContext().setAuthentication(new org.springframework.security.authentication.AnonymousAuthenticationToken(
                "visitor", "anonymous", java.util.List.of(new org.springframework.security.core.authority
                        .SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        try {
            var figures = app.getBean(org.imcregistry.practice.PublicFigures.class);
            assertThat(figures.figures()).isEqualTo(new org.imcregistry.practice.PublicFigures.Figures(0, 0L));
            assertThat(figures.newest(5)).isEmpty();
            assertThat(app.getBean(org.imcregistry.municipality.PublicLists.class).partnershipCount()).isZero();
        } finally {
            security.clearContext();
        }
    }

    @Test
    void theListsShowAnEmptyState() throws Exception {
        for (String path : new String[] {"/good-practices", "/good-practices/themes", "/good-practices/countries",
            "/good-practices/sdgs", "/good-practices/themes/GOVERNANCE", "/good-practices/countries/NO",
            "/good-practices/sdgs/11"}) {
            var response = client.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("Nothing published here yet").doesNotContain("<ol");
        }
        assertThat(client.get("/good-practices/1").statusCode()).isEqualTo(404);
    }

    @Test
    void thePrivacyNoticeWorksOnTheEmptySiteAndSaysTheControllerIsNotSetYet() throws Exception {
        var response = client.get("/privacy", "nb");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Personvernerklæring", "har ennå ikke lagt inn navn")
                .doesNotContain("<script");
    }

    @Test
    void theSitemapIsValidAndNamesNoRecord() throws Exception {
        var sitemap = PublicWebClient.xml(client.get("/sitemap.xml").body());
        assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo(Sitemaps.NAMESPACE);
        assertThat(PublicWebClient.texts(sitemap, Sitemaps.NAMESPACE, "loc"))
                .as("only the list, so that the file has the one address the schema asks for")
                .containsExactly(SITE + "/good-practices");
        assertThat(client.get("/robots.txt").body()).contains("Sitemap: " + SITE + "/sitemap.xml");
    }

    @Test
    void theFeedIsValidAndEmpty() throws Exception {
        var response = client.get("/feed.atom?q=anything&theme=GOVERNANCE");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/atom+xml"));
        var feed = PublicWebClient.xml(response.body());
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(PublicWebClient.texts(feed, AtomFeed.NAMESPACE, "entry")).isEmpty();
        assertThat(PublicWebClient.texts(feed, AtomFeed.NAMESPACE, "id")).singleElement().satisfies(
                id -> assertThat(id).isEqualTo(SITE + "/feed.atom?q=anything&theme=GOVERNANCE"));
        assertThat(PublicWebClient.texts(feed, AtomFeed.NAMESPACE, "updated")).hasSize(1);
        assertThat(PublicWebClient.texts(feed, AtomFeed.NAMESPACE, "title")).singleElement().satisfies(
                title -> assertThat(title).contains("anything"));
    }
}
