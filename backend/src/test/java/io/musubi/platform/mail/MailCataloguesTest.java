package io.musubi.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every mail text exists in ja, zh and en: the catalogues have the same keys and no empty text. */
class MailCataloguesTest {
    @Test
    void japaneseChineseAndEnglishHaveTheSameKeys() throws IOException {
        Properties base = load("mail/messages.properties");
        Properties ja = load("mail/messages_ja.properties");
        Properties zh = load("mail/messages_zh.properties");
        Properties en = load("mail/messages_en.properties");
        assertThat(base).isNotEmpty();
        assertThat(ja.stringPropertyNames()).as("ja").isEqualTo(base.stringPropertyNames());
        assertThat(zh.stringPropertyNames()).as("zh").isEqualTo(base.stringPropertyNames());
        assertThat(base.stringPropertyNames()).as("en (the base catalogue and its overrides)")
                .containsAll(en.stringPropertyNames());
        for (Properties catalogue : new Properties[] {base, ja, zh, en}) {
            catalogue.forEach((key, text) -> assertThat(text.toString()).as(key.toString()).isNotBlank());
        }
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailCataloguesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
