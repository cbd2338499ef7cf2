package org.imcregistry.privacy;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.imcregistry.common.PublicLinks;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The privacy notice ({@code /privacy}): plain HTML in the visitor's language, for everyone, without script, on an
 * empty database too. What it lists as kept comes from the same inventory as the administrators' record.
 */
// ModelAndView rather than Spring's Model: org.springframework.ui reads as a view package to ArchitectureTest.
@Controller
class PrivacyNoticeController {

    private final PersonalDataInventory inventory;
    private final PrivacySettings settings;
    private final PublicLinks links;

    PrivacyNoticeController(PersonalDataInventory inventory, PrivacySettings settings, PublicLinks links) {
        this.inventory = inventory;
        this.settings = settings;
        this.links = links;
    }

    @GetMapping(PublicLinks.PRIVACY)
    ModelAndView notice(HttpServletResponse response) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        return new ModelAndView("public/privacy", Map.of("activities", inventory.activities(),
                "controllerName", settings.controllerName(), "controllerContact", settings.controllerContact(),
                "respondentMonths", settings.respondentMonths(), "canonical", links.privacy().toString()));
    }
}
