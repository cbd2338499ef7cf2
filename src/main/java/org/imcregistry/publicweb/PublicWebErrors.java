package org.imcregistry.publicweb;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The public pages' "not found": a page in the visitor's language with the way back to the registry, status 404. */
@ControllerAdvice(basePackageClasses = PublicWebErrors.class)
class PublicWebErrors {

    @ExceptionHandler(NotPublic.class)
    ModelAndView notFound() {
        ModelAndView page = new ModelAndView("public/not-found");
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }
}
