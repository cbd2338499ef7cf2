package org.imcregistry.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A record's photos and attachments over HTTP, as a browser or a link preview fetches them: the right type and
 * headers, cached by shared caches only when the record is public, and a draft's or a held record's files answered
 * with 404 to anyone who may not read the record (an anonymous visitor, another partnership's coordinator).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "imc.public-url=https://imc.example.org")
@ActiveProfiles("test")
@Import(PracticeFixture.class)
class RecordFilesHttpTest {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    PracticeFixture people;
    @Autowired
    Practices practices;
    @Autowired
    RecordPhotos photos;
    @Autowired
    RecordAttachments attachments;
    @Autowired
    PracticeHolds holds;

    @AfterEach
    void signOut() {
        people.anonymous();
    }

    @Test
    void aDraftsFilesAreServedToItsAuthorOnlyAndNeverToSharedCaches() throws Exception {
        people.as("member");
        long id = practices.create(PracticeFixture.content("Draft with a photo", RecordLanguage.EN, "Text.", Set.of(),
                Set.of(), "NO", 2021));
        long photo = photos.add(id, "harbour.jpg", TestImages.jpegWithExif(640, 480), "The harbour", "Kari");
        long pdf = attachments.add(id, "plan.pdf", PdfFilesTest.pdf(1, false), "The plan");
        people.anonymous();
        String photoPath = RecordFileLinks.photo(id, photo, RecordPhoto.Size.DISPLAY);
        String pdfPath = RecordFileLinks.attachment(id, pdf);

        Browser anonymous = new Browser();
        assertThat(anonymous.get(photoPath).statusCode()).isEqualTo(404);
        assertThat(anonymous.get(pdfPath).statusCode()).isEqualTo(404);
        Browser coordinator = new Browser();
        assertThat(coordinator.signIn("coordinator", "demo-coordinator")).isTrue();
        assertThat(coordinator.get(photoPath).statusCode()).as("another partnership's person").isEqualTo(404);
        Browser author = new Browser();
        assertThat(author.signIn("member", "demo-member")).isTrue();
        HttpResponse<byte[]> own = author.get(photoPath);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(own.headers().firstValue("Cache-Control")).hasValue(RecordFilesController.PRIVATE_CACHE);
        assertThat(own.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(TestImages.contains(own.body(), TestImages.SERIAL)).isFalse();
        HttpResponse<byte[]> ownPdf = author.get(pdfPath);
        assertThat(ownPdf.statusCode()).isEqualTo(200);
        assertThat(ownPdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).startsWith("attachment;").contains("plan.pdf"));
        assertThat(author.get(RecordFileLinks.photo(id + 1, photo, RecordPhoto.Size.DISPLAY)).statusCode())
                .as("a photo asked for under another record").isEqualTo(404);
    }

    @Test
    void aPublicRecordsFilesAreForEveryoneCacheableWithAnEtagUntilTheRecordIsHeld() throws Exception {
        people.as("member");
        long id = practices.create(PracticeFixture.content("Published with a photo", RecordLanguage.EN, "Text.",
                Set.of(), Set.of(), "NO", 2021));
        long photo = photos.add(id, "harbour.png", TestImages.png(800, 500), "The harbour at dawn", "Kari Nordmann");
        long pdf = attachments.add(id, "plan.pdf", PdfFilesTest.pdf(1, false), "The plan");
        practices.submit(id);
        people.as("editor");
        practices.publish(id, null);
        people.anonymous();
        String photoPath = RecordFileLinks.photo(id, photo, RecordPhoto.Size.THUMBNAIL);

        Browser visitor = new Browser();
        HttpResponse<byte[]> response = visitor.get(photoPath);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue(RecordFilesController.PUBLIC_CACHE);
        assertThat(response.headers().allValues("Pragma")).isEmpty();
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).startsWith("inline;"));
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"" + RecordFileStore.sha256(response.body()) + "\"");
        assertThat(visitor.get(photoPath, "If-None-Match", etag).statusCode()).isEqualTo(304);
        HttpResponse<byte[]> file = visitor.get(RecordFileLinks.attachment(id, pdf));
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(file.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        String page = new String(visitor.get("/good-practices/" + id).body(), StandardCharsets.UTF_8);
        assertThat(page).contains("<meta property=\"og:image\" content=\"https://imc.example.org"
                + RecordFileLinks.photo(id, photo, RecordPhoto.Size.DISPLAY) + "\">",
                "<meta property=\"og:image:alt\" content=\"The harbour at dawn\">",
                "alt=\"The harbour at dawn\"", "Kari Nordmann", "The plan", "summary_large_image");

        people.as("manager");
        holds.hold(id, "competition-edition-blind");
        people.anonymous();
        assertThat(new Browser().get(photoPath).statusCode()).as("held for a blind jury").isEqualTo(404);
        assertThat(new String(visitor.get("/good-practices/" + id).body(), StandardCharsets.UTF_8))
                .doesNotContain("og:image");
    }

    /** One browser with its own cookies; signs in through the form, as a person does. */
    final class Browser {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<byte[]> get(String path, String... headers) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
            if (headers.length > 0) {
                request.headers(headers);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        boolean signIn(String username, String password) throws Exception {
            Matcher token = CSRF_META.matcher(new String(get("/login").body(), StandardCharsets.UTF_8));
            assertThat(token.find()).as("the sign-in page carries a CSRF token").isTrue();
            String form = Map.of("username", username, "password", password, "_csrf", token.group(1)).entrySet()
                    .stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 302
                    && !response.headers().firstValue("Location").orElse("").contains("error");
        }
    }
}
