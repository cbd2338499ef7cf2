package org.imcregistry.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The privacy notice as an anonymous visitor's browser fetches it, without script: in English, Norwegian and Polish,
 * with the configured controller and contact, and linked from the public pages' footer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "imc.public-url=https://imc.example.org", "imc.privacy.controller-name=Association of Test Municipalities",
    "imc.privacy.controller-contact=personvern@ks-test.example", "imc.privacy.respondent-months=9"})
@ActiveProfiles("test")
class PrivacyNoticeTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String language) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void anAnonymousVisitorReadsTheNoticeInEachLanguageWithTheController() throws Exception {
        HttpResponse<String> en = get("/privacy", "en");
        assertThat(en.statusCode()).isEqualTo(200);
        assertThat(en.body()).contains("<html lang=\"en\"", "Privacy notice", "Association of Test Municipalities",
                "Contact about personal data: personvern@ks-test.example", "Self-assessment rounds and their respondents",
                "9 months after the round closes", "Datatilsynet").doesNotContain("<script", "??", "!privacy.");
        assertThat(get("/privacy", "nb").body()).contains("<html lang=\"nb\"", "Personvernerklæring",
                "Association of Test Municipalities", "Dine rettigheter", "Egenvurderingsrunder og de som svarer");
        assertThat(get("/privacy", "pl,en;q=0.5").body()).contains("<html lang=\"pl\"",
                "Informacja o ochronie danych", "Twoje prawa", "Rundy samooceny i ich respondenci");
    }

    @Test
    void everyPublicPageLinksToTheNotice() throws Exception {
        for (String path : new String[] {"/good-practices", "/good-practices/themes", "/good-practices/999999",
            "/privacy"}) {
            assertThat(get(path, "en").body()).as(path).contains("<a href=\"/privacy\" class=\"privacy-link\">Privacy</a>");
        }
    }
}
