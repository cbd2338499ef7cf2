package org.imcregistry.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One browser tab's Vaadin UI driven over HTTP, the way the browser does: a page, an {@code ?v-r=init} request that
 * creates the UI, and UIDL messages (navigation, clicks, property changes) that the server answers with changes to
 * the page. Keeps its id, security key, message counters and the element tree it was sent, so that the drivers of
 * {@code bench/run load} and {@code bench/run cluster} make the server do a browser's work without a browser.
 */
final class VaadinUi {

    /** Sends one request for the simulated person (with their cookies), timed and checked by the driver. */
    interface Sender {
        HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException;
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final Sender sender;
    private final String base;
    private final String route;
    private final String query;
    private int uiId;
    private String securityKey = "";
    private long syncId;
    private long clientId;
    private final Map<Integer, Node> nodes = new HashMap<>();

    VaadinUi(Sender sender, String base, String route, String query) {
        this.sender = sender;
        this.base = base;
        this.route = route;
        this.query = query;
    }

    /** Through the sign-in form, as a person does: the page, its UI, then the form with the page's CSRF token. */
    static void signIn(Sender sender, String base, String username, String password)
            throws IOException, InterruptedException {
        String loginPage = sender.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build()).body();
        Matcher token = CSRF.matcher(loginPage);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        new VaadinUi(sender, base, "login", "").open();
        HttpResponse<String> signIn = sender.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                        "_csrf", token.group(1))))).build());
        String location = signIn.headers().firstValue("Location").orElse("");
        if (signIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in refused for " + username + ": " + location);
        }
    }

    String open() throws IOException, InterruptedException {
        HttpResponse<String> init = sender.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location="
                + encode(route) + "&query=" + encode(query))).GET().build());
        JsonNode config = JSON.readTree(init.body()).get("appConfig");
        uiId = config.get("v-uiId").asInt();
        JsonNode uidl = config.get("uidl");
        securityKey = uidl.get("Vaadin-Security-Key").asString();
        syncId = uidl.get("syncId").asLong();
        clientId = uidl.get("clientId").asLong();
        absorb(uidl);
        return navigate(route, query);
    }

    String navigate(String to, String toQuery) throws IOException, InterruptedException {
        return rpc("[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":"
                + JSON.writeValueAsString(to) + ",\"query\":" + JSON.writeValueAsString(toQuery)
                + ",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}]");
    }

    String click(int node) throws IOException, InterruptedException {
        return rpc("[{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":{\"event.shiftKey\":false,"
                + "\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,\"event.clientX\":0,"
                + "\"event.clientY\":0,\"event.altKey\":false,\"event.button\":0,\"event.screenY\":0,"
                + "\"event.screenX\":0}}]");
    }

    String tick(int checkbox) throws IOException, InterruptedException {
        return rpc("[{\"type\":\"mSync\",\"node\":" + checkbox + ",\"feature\":1,\"property\":\"checked\","
                + "\"value\":true},{\"type\":\"event\",\"node\":" + checkbox + ",\"event\":\"checked-changed\","
                + "\"data\":{}}]");
    }

    int buttonWithText(String text) {
        return nodes.entrySet().stream().filter(e -> "vaadin-button".equals(e.getValue().tag)
                && text.equals(text(e.getKey()).strip())).mapToInt(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalStateException("no button " + text));
    }

    int firstUncheckedCheckbox() {
        return nodes.entrySet().stream().filter(e -> "vaadin-checkbox".equals(e.getValue().tag)
                && !Boolean.TRUE.equals(e.getValue().checked)).mapToInt(Map.Entry::getKey).min()
                .orElseThrow(() -> new IllegalStateException("no checkbox left to tick"));
    }

    /** Fails with what the page shows instead when the response lacks the text a person would look for. */
    static void expect(String response, String text, String what) {
        if (!response.contains(text)) {
            Matcher shown = Pattern.compile("\"key\":\"text\",\"feat\":7,\"value\":\"([^\"]{1,200})\"").matcher(response);
            List<String> texts = new ArrayList<>();
            while (shown.find() && texts.size() < 8) {
                texts.add(shown.group(1));
            }
            throw new IllegalStateException(what + ": the response lacks \"" + text + "\"; it shows " + texts + " "
                    + response.substring(0, Math.min(600, response.length())));
        }
    }

    private String text(int node) {
        Node n = nodes.get(node);
        if (n == null) {
            return "";
        }
        StringBuilder all = new StringBuilder(n.text == null ? "" : n.text);
        n.children.forEach(child -> all.append(text(child)));
        return all.toString();
    }

    private String rpc(String calls) throws IOException, InterruptedException {
        String body = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":" + calls + ",\"syncId\":" + syncId
                + ",\"clientId\":" + clientId + "}";
        HttpResponse<String> response = sender.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        String text = response.body().startsWith("for(;;);") ? response.body().substring(8) : response.body();
        JsonNode message = JSON.readTree(text);
        if (message.isArray()) {
            message = message.get(0);
        }
        JsonNode meta = message.get("meta");
        if (meta != null && (meta.has("appError") || meta.has("sessionExpired"))) {
            throw new IllegalStateException("the app reported " + meta);
        }
        if (message.has("syncId")) {
            syncId = message.get("syncId").asLong();
        }
        if (message.has("clientId")) {
            clientId = message.get("clientId").asLong();
        }
        absorb(message);
        if (text.contains("Something went wrong")) {
            throw new IllegalStateException("the app showed its error message");
        }
        return text;
    }

    /** Keeps the element tree up to date: tags, texts, children, and whether a checkbox is ticked. */
    private void absorb(JsonNode message) {
        JsonNode changes = message.get("changes");
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            String type = change.path("type").asString();
            if ("detach".equals(type)) {
                nodes.remove(change.get("node").asInt());
                continue;
            }
            Node node = nodes.computeIfAbsent(change.get("node").asInt(), n -> new Node());
            String key = change.path("key").asString();
            if ("put".equals(type) && "tag".equals(key)) {
                node.tag = change.get("value").asString();
            } else if ("put".equals(type) && "text".equals(key)) {
                node.text = change.get("value").asString();
            } else if ("put".equals(type) && "checked".equals(key)) {
                node.checked = change.get("value").asBoolean();
            } else if ("clear".equals(type) && change.path("feat").asInt() == 2) {
                node.children.clear();
            } else if ("splice".equals(type) && change.path("feat").asInt() == 2) {
                int index = change.get("index").asInt();
                for (int i = 0; i < change.path("remove").asInt(0) && index < node.children.size(); i++) {
                    node.children.remove(index);
                }
                List<Integer> added = new ArrayList<>();
                change.path("addNodes").forEach(n -> added.add(n.asInt()));
                node.children.addAll(Math.min(index, node.children.size()), added);
            }
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(encode(k)).append('=').append(encode(v)));
        return body.toString();
    }

    private static final class Node {
        String tag;
        String text;
        Boolean checked;
        final List<Integer> children = new ArrayList<>();
    }
}
