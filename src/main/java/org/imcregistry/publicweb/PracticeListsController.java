package org.imcregistry.publicweb;

import jakarta.servlet.http.HttpServletResponse;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.imcregistry.common.PublicLinks;
import org.imcregistry.municipality.Countries;
import org.imcregistry.municipality.PublicLists;
import org.imcregistry.search.Facet;
import org.imcregistry.search.SearchPage;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Plain-HTML lists of the public records: newest first ({@code /good-practices}), and by theme, country and
 * Sustainable Development Goal, each with an index of its values; paged by links.
 */
// ModelAndView rather than Spring's Model: org.springframework.ui reads as a view package to ArchitectureTest.
@Controller
class PracticeListsController {

    private static final String BASE = PublicLinks.PRACTICE_PAGES;
    private static final String THEMES = BASE + "/themes";
    private static final String COUNTRIES = BASE + "/countries";
    private static final String SDGS = BASE + "/sdgs";

    private final RecordLists lists;
    private final PublicLists vocabulary;
    private final PublicLinks links;

    PracticeListsController(RecordLists lists, PublicLists vocabulary, PublicLinks links) {
        this.lists = lists;
        this.vocabulary = vocabulary;
        this.links = links;
    }

    @GetMapping(BASE)
    ModelAndView newest(@RequestParam(defaultValue = "1") String page, Locale visitor, HttpServletResponse response) {
        Labels labels = labels(visitor);
        return list(response, lists.page(null, null, number(page), BASE, labels.text("public.newest"), labels));
    }

    @GetMapping(THEMES)
    ModelAndView themes(Locale visitor, HttpServletResponse response) {
        Labels labels = labels(visitor);
        return values(response, THEMES, labels.text("public.by-theme"),
                lists.values(Facet.THEME, THEMES, labels::theme, byLabel(labels::theme, visitor)));
    }

    @GetMapping(THEMES + "/{code}")
    ModelAndView theme(@PathVariable String code, @RequestParam(defaultValue = "1") String page, Locale visitor,
            HttpServletResponse response) {
        Labels labels = labels(visitor);
        if (!labels.isTheme(code)) {
            throw new NotPublic();
        }
        return list(response, lists.page(Facet.THEME, code, number(page), THEMES + "/" + code,
                labels.text("public.theme", labels.theme(code)), labels));
    }

    @GetMapping(COUNTRIES)
    ModelAndView countries(Locale visitor, HttpServletResponse response) {
        Labels labels = labels(visitor);
        return values(response, COUNTRIES, labels.text("public.by-country"),
                lists.values(Facet.COUNTRY, COUNTRIES, labels::countryName, byLabel(labels::countryName, visitor)));
    }

    @GetMapping(COUNTRIES + "/{code}")
    ModelAndView country(@PathVariable String code, @RequestParam(defaultValue = "1") String page, Locale visitor,
            HttpServletResponse response) {
        Labels labels = labels(visitor);
        if (!Countries.isValid(code)) {
            throw new NotPublic();
        }
        return list(response, lists.page(Facet.COUNTRY, code, number(page), COUNTRIES + "/" + code,
                labels.text("public.country", labels.countryName(code)), labels));
    }

    @GetMapping(SDGS)
    ModelAndView sdgs(Locale visitor, HttpServletResponse response) {
        Labels labels = labels(visitor);
        return values(response, SDGS, labels.text("public.by-sdg"), lists.values(Facet.SDG, SDGS,
                goal -> labels.sdg(Integer.parseInt(goal)), Comparator.comparingInt(v -> Integer.parseInt(v.value()))));
    }

    @GetMapping(SDGS + "/{goal:\\d{1,2}}")
    ModelAndView sdg(@PathVariable int goal, @RequestParam(defaultValue = "1") String page, Locale visitor,
            HttpServletResponse response) {
        Labels labels = labels(visitor);
        if (goal < 1 || goal > 17) {
            throw new NotPublic();
        }
        return list(response, lists.page(Facet.SDG, String.valueOf(goal), number(page), SDGS + "/" + goal,
                labels.sdg(goal), labels));
    }

    private Labels labels(Locale visitor) {
        return new Labels(vocabulary.practiceThemes(), visitor);
    }

    private static ModelAndView list(HttpServletResponse response, RecordList list) {
        varyByLanguage(response);
        return new ModelAndView("public/list", "list", list);
    }

    private ModelAndView values(HttpServletResponse response, String path, String heading,
            List<RecordList.Value> values) {
        varyByLanguage(response);
        return new ModelAndView("public/values", Map.of("canonical", links.path(path).toString(), "heading", heading,
                "values", values));
    }

    /** The pages' own texts follow the visitor's Accept-Language: caches must keep one copy per language. */
    static void varyByLanguage(HttpServletResponse response) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }

    /** A page number as a hand-edited address may hold it; anything but a small positive number is not found. */
    private static int number(String page) {
        return page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0;
    }

    private static Comparator<SearchPage.FacetCount> byLabel(Function<String, String> label, Locale visitor) {
        Collator collator = Collator.getInstance(visitor);
        return Comparator.comparing(v -> label.apply(v.value()), collator);
    }
}
