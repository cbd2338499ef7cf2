package org.imcregistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.imcregistry.bootstrap.AppRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Wrong passwords from one address count on every instance: a guesser cannot spread them over two. */
class SignInThrottleAcrossInstancesTest {

    @TempDir
    Path data;

    @Test
    void failuresOnOneInstanceThrottleTheSameAddressOnTheOther() {
        String[] shared = {"--imc.data-dir=" + data, "--imc.security.sign-in-failures-per-address=3",
            "--imc.test.postgres-schema=t_throttle_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)};
        try (ConfigurableApplicationContext a = AppRuns.start(with(shared, data.resolve("a")));
             ConfigurableApplicationContext b = AppRuns.start(with(shared, data.resolve("b")))) {
            fail(a, "203.0.113.7");
            fail(b, "203.0.113.7");
            assertThat(b.getBean(SignInRateLimit.class).isThrottled("203.0.113.7")).as("two failures").isFalse();
            fail(a, "203.0.113.7");
            assertThat(b.getBean(SignInRateLimit.class).isThrottled("203.0.113.7")).isTrue();
            assertThat(a.getBean(SignInRateLimit.class).isThrottled("203.0.113.7")).isTrue();
            assertThat(b.getBean(SignInRateLimit.class).isThrottled("198.51.100.1")).as("another address").isFalse();
        }
    }

    private static String[] with(String[] shared, Path index) {
        String[] all = java.util.Arrays.copyOf(shared, shared.length + 1);
        all[shared.length] = "--imc.search.index-dir=" + index;
        return all;
    }

    /** What Spring Security publishes after a wrong password from {@code address}. */
    private static void fail(ConfigurableApplicationContext app, String address) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated("someone", "wrong");
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        app.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("bad")));
    }
}
