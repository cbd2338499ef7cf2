package org.imcregistry.publicweb;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/** The public pages speak the visitor's language; Vaadin has its own, so this resolver serves the MVC pages only. */
@Configuration(proxyBeanMethods = false)
class PublicWebConfiguration {

    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return new VisitorLocale();
    }
}
