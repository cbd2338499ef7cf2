package org.imcregistry.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.imcregistry.common.PublicLinks;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/** What the API's responses share: an ETag on every JSON answer, and the OpenAPI document's own description. */
@Configuration(proxyBeanMethods = false)
class ApiWeb {

    /**
     * An ETag from the bytes of each answer, and 304 Not Modified when the client already has them (If-None-Match):
     * a search's result or a record changes in many ways (an edit, a hold, an award, a renamed partnership), and the
     * body is the one thing that knows them all. It saves the transfer, not the work; the dumps opt out.
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/v1/*");
        registration.setName("apiEtags");
        return registration;
    }

    @Bean
    OpenAPI openDataApi(PublicLinks links) {
        return new OpenAPI()
                .info(new Info().title("IMC Registry open data API").version("v1")
                        .description("Published good practices of inter-municipal cooperation, read-only, for anyone: "
                                + "the app's search with its facets, whole records, and every record as JSON Lines "
                                + "or CSV. No key and no sign-in; each client address may send "
                                + "imc.api.requests-per-minute requests a minute (429 with Retry-After beyond). "
                                + "Errors are RFC 9457 problem details.")
                        .license(new License().name("Each record states its own licence (CC BY 4.0 unless its author "
                                + "chose CC BY-SA 4.0 or CC0 1.0)").url("https://creativecommons.org/licenses/")))
                .servers(List.of(new Server().url(links.home().toString().replaceAll("/$", ""))));
    }
}
