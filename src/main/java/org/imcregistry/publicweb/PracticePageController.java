package org.imcregistry.publicweb;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.imcregistry.common.PublicLinks;
import org.imcregistry.practice.PublishedRecords;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The permanent public page of a published record ({@code /good-practices/42}): the whole record in the first
 * response, as HTML, with what search engines and link previews read in its head. The app's own view of the record
 * stays at {@code /practices/42}.
 */
@Controller
class PracticePageController {

    private final PublishedRecords records;
    private final PracticePages pages;

    PracticePageController(PublishedRecords records, PracticePages pages) {
        this.records = records;
        this.pages = pages;
    }

    // At most 18 digits, so that any id the pattern lets through is a long.
    @GetMapping(PublicLinks.PRACTICE_PAGES + "/{id:\\d{1,18}}")
    ModelAndView record(@PathVariable long id, Locale visitor, HttpServletResponse response) {
        PracticePage page = pages.of(records.find(id).orElseThrow(NotPublic::new), visitor);
        PracticeListsController.varyByLanguage(response);
        return new ModelAndView("public/practice", "page", page);
    }

    /** Any other address under the public pages: the same friendly "not found", not the app's. */
    @GetMapping(PublicLinks.PRACTICE_PAGES + "/**")
    String unknown() {
        throw new NotPublic();
    }
}
