package org.imcregistry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Only health is exposed (application.properties, checked over HTTP in HttpHardeningTest). Should an operator
 * expose every actuator endpoint ({@code MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE=*}), the security rules still
 * keep them closed to everybody, administrators included: they show secrets, personal data and heap dumps. (The
 * rule of our own holds whatever Vaadin's configurer does with the requests that are no view.)
 */
@SpringBootTest(properties = "management.endpoints.web.exposure.include=*")
@ActiveProfiles("test")
class ActuatorExposureTest {

    @Autowired
    WebApplicationContext context;

    @Test
    void onlyHealthAnswersEvenWhenEveryEndpointIsExposed() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        for (RequestPostProcessor who : List.of(anonymous(), user("member").roles(Role.MEMBER.name()),
                user("admin").roles(Role.ADMIN.name()))) {
            assertThat(mvc.perform(get("/actuator/health").with(who)).andReturn().getResponse().getStatus())
                    .isEqualTo(200);
            for (String path : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops",
                    "/actuator/metrics", "/actuator/mappings", "/actuator/loggers", "/actuator", "/actuator/heapdump"}) {
                assertThat(mvc.perform(get(path).with(who)).andReturn().getResponse().getStatus()).as(path)
                        .isIn(302, 401, 403, 404);
            }
        }
    }
}
