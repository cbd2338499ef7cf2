package org.imcregistry.mail;

import com.icegreen.greenmail.util.ServerSetup;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.imcregistry.IntegrationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application sending to a real SMTP server in the test JVM (GreenMail on {@link #SMTP}). The poll is
 * an hour apart, so a test decides when retries happen (by moving the clock and calling the sender); the
 * after-commit delivery still runs on its own. One annotation, so all mail tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(properties = {
        "imc.mail.host=127.0.0.1",
        "imc.mail.port=" + MailIntegrationTest.PORT,
        "imc.mail.start-tls-required=false",
        "imc.mail.from=IMC Registry <no-reply@imc.example.org>",
        "imc.mail.poll=PT1H",
        "imc.public-url=https://imc.example.org"})
public @interface MailIntegrationTest {

    int PORT = 3925;
    ServerSetup SMTP = new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
}
