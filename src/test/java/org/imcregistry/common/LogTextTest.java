package org.imcregistry.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A mail server's refusal is logged without the address it names. */
class LogTextTest {

    @Test
    void addressesInAServersRefusalAreMasked() {
        assertThat(LogText.withoutAddresses("550 5.1.1 <kari.nordmann@sogndal.kommune.no>: Recipient address rejected"
                + "; also ola+x@example.org."))
                .isEqualTo("550 5.1.1 <<address>>: Recipient address rejected; also <address>")
                .doesNotContain("kari", "ola");
        assertThat(LogText.withoutAddresses("Connection refused")).isEqualTo("Connection refused");
        assertThat(LogText.withoutAddresses(null)).isNull();
    }
}
