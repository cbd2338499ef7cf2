package org.imcregistry.mail;

import java.util.Properties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The SMTP client, made only when a mail server is configured. */
@Configuration
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

    @Bean
    @ConditionalOnExpression("'${imc.mail.host:}' != ''")
    JavaMailSenderImpl mailSender(MailSettings settings) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(settings.host().strip());
        sender.setPort(settings.port());
        if (settings.username() != null && !settings.username().isBlank()) {
            sender.setUsername(settings.username());
            sender.setPassword(settings.password());
        }
        sender.setDefaultEncoding("UTF-8");
        Properties smtp = sender.getJavaMailProperties();
        smtp.put("mail.smtp.auth", String.valueOf(sender.getUsername() != null));
        smtp.put("mail.smtp.starttls.enable", "true");
        smtp.put("mail.smtp.starttls.required", String.valueOf(settings.startTlsRequired()));
        // A server that hangs must not hold the sender for ever.
        smtp.put("mail.smtp.connectiontimeout", "10000");
        smtp.put("mail.smtp.timeout", "30000");
        smtp.put("mail.smtp.writetimeout", "30000");
        return sender;
    }
}
