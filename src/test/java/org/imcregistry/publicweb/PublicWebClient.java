package org.imcregistry.publicweb;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A visitor, crawler or feed reader against a running app: plain HTTP, nothing but what the server sends. */
final class PublicWebClient {

    private static final Pattern JSON_LD = Pattern.compile(
            "<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    PublicWebClient(String base) {
        this.base = base;
    }

    HttpResponse<String> get(String path) throws Exception {
        return get(path, "en");
    }

    HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", acceptLanguage)
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The page's JSON-LD block, parsed: it must be the only script of its kind and plain JSON. */
    static JsonNode jsonLd(String html) {
        Matcher block = JSON_LD.matcher(html);
        if (!block.find()) {
            throw new AssertionError("no JSON-LD block in the page");
        }
        return JsonMapper.builder().build().readTree(block.group(1));
    }

    static String rawJsonLd(String html) {
        Matcher block = JSON_LD.matcher(html);
        return block.find() ? block.group(1) : null;
    }

    /** Parses XML as a strict reader would: namespaces on, no DTDs, no external entities. */
    static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The text of every element {@code name} in {@code namespace}, in document order. */
    static List<String> texts(Document document, String namespace, String name) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** The Atom entries' children {@code name} (e.g. title, id), one a entry. */
    static List<String> entryTexts(Document feed, String name) {
        NodeList entries = feed.getElementsByTagNameNS(AtomFeed.NAMESPACE, "entry");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            texts.add(((Element) entries.item(i)).getElementsByTagNameNS(AtomFeed.NAMESPACE, name).item(0)
                    .getTextContent());
        }
        return texts;
    }
}
