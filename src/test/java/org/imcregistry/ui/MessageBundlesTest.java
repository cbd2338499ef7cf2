package org.imcregistry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in English, Norwegian and Polish, and none is empty or malformed. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages_nb.properties", "messages_pl.properties"})
    void everyTranslationHasExactlyTheEnglishKeys(String bundle) throws IOException {
        assertThat(load(bundle).stringPropertyNames()).isEqualTo(load("messages.properties").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_nb.properties", "messages_pl.properties"})
    void noTextIsBlankAndEveryPatternParses(String bundle) throws IOException {
        Properties texts = load(bundle);
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            assertThat(text).as(key).isNotBlank();
            if (text.contains("{0}")) {
                assertThat(new MessageFormat(text).format(new Object[] {"A", "B", "C"})).as(key).contains("A");
            }
        }
    }

    @Test
    void theProviderFallsBackToEnglishForOtherLanguages() {
        var provider = new MessageBundleI18NProvider();
        assertThat(provider.getTranslation("nav.home", java.util.Locale.GERMAN)).isEqualTo("Home");
        assertThat(provider.getTranslation("nav.home", java.util.Locale.forLanguageTag("no"))).isEqualTo("Hjem");
        assertThat(provider.getTranslation("no.such.key", java.util.Locale.ENGLISH)).isEqualTo("!no.such.key");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
