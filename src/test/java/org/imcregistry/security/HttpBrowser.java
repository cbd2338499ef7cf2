package org.imcregistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One browser against a running app: its own cookies, no redirects followed, so a test sees what the server answers. */
final class HttpBrowser {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    HttpBrowser(String base) {
        this.base = base;
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String csrfTokenOf(String page) throws Exception {
        Matcher token = CSRF_META.matcher(get(page).body());
        assertThat(token.find()).as("the page carries a CSRF token").isTrue();
        return token.group(1);
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the form of the sign-in page, as a person would; true if the server let them in. */
    boolean signIn(String username, String password) throws Exception {
        HttpResponse<String> response = post("/login",
                Map.of("username", username, "password", password, "_csrf", csrfTokenOf("/login")));
        return response.statusCode() == 302
                && !response.headers().firstValue("Location").orElse("").contains("error");
    }

    HttpResponse<String> postAs(String path, String user, String password) throws Exception {
        return client.send(basic(path, user, password), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> postBytesAs(String path, String user, String password) throws Exception {
        return client.send(basic(path, user, password), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest basic(String path, String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + credentials)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** An anonymous session asking for a page that needs an account is sent to sign in. */
    boolean isSignedIn() throws Exception {
        HttpResponse<String> response = get("/admin/users");
        return !(response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").endsWith("/login"));
    }
}
