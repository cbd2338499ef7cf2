package org.imcregistry.publicweb;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import org.imcregistry.common.PublicLinks;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** What crawlers ask for first: {@code robots.txt} and the sitemap of every public record. */
@Controller
class CrawlerFilesController {

    /**
     * The app's own pages: rendered in the browser (nothing for a crawler to read), for signed-in work, or reached by
     * a personal link whose address is a secret. The public pages of records are the ones to index.
     */
    static final List<String> NOT_FOR_CRAWLERS = List.of("/practices", "/account", "/admin", "/assessments",
            "/competitions", "/partnerships", "/login", "/forgot-password", "/invitation/", "/reset-password/",
            "/respond/", "/api/", "/actuator/", "/VAADIN/");

    private static final String XML = MediaType.APPLICATION_XML_VALUE + ";charset=UTF-8";

    private final Sitemaps sitemaps;
    private final PublicLinks links;

    CrawlerFilesController(Sitemaps sitemaps, PublicLinks links) {
        this.sitemaps = sitemaps;
        this.links = links;
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8")
    @ResponseBody
    String robots() {
        return "User-agent: *\n"
                + "Allow: " + PublicLinks.PRACTICE_PAGES + "\n"
                + "Allow: /feed.atom\n"
                + NOT_FOR_CRAWLERS.stream().map(path -> "Disallow: " + path + "\n").collect(Collectors.joining())
                + "\nSitemap: " + links.path("sitemap.xml") + "\n";
    }

    @GetMapping("/sitemap.xml")
    void sitemap(HttpServletResponse response) throws IOException, XMLStreamException {
        response.setContentType(XML);
        sitemaps.writeMain(response.getOutputStream());
    }

    @GetMapping("/sitemaps/{part:\\d{1,9}}.xml")
    void part(@PathVariable long part, HttpServletResponse response) throws IOException, XMLStreamException {
        if (!sitemaps.hasPart(part)) {
            throw new NotPublic();
        }
        response.setContentType(XML);
        sitemaps.writePart(response.getOutputStream(), part);
    }
}
