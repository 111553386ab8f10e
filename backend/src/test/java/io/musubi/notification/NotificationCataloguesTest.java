package io.musubi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.musubi.platform.i18n.Localized;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every notification text exists in ja, zh and en, for every type, and renders its values in the reader's language. */
class NotificationCataloguesTest {
    private final NoticeTexts texts = new NoticeTexts();

    @Test
    void theThreeCataloguesHaveTheSameKeysAndEveryTypeItsTexts() {
        Set<String> english = keys("en");
        assertThat(keys("ja")).isEqualTo(english);
        assertThat(keys("zh")).isEqualTo(english);
        for (NotificationType type : NotificationType.values()) {
            assertThat(english).contains(type.textKey() + ".label", type.textKey() + ".title",
                    type.textKey() + ".body");
        }
    }

    @Test
    void valuesAreShownInTheReadersLanguageOrTheNearestItHas() {
        Notice notice = Notice.of(NotificationType.INTRODUCTION_STATUS_CHANGED, "k", "/introductions",
                new Localized("東邦金型", null, "Toho Mould"), Notice.Term.of("introduction-status.NEGOTIATING"));
        NoticeTexts.Rendered rendered = texts.render(notice);
        assertThat(rendered.title().ja()).isEqualTo("東邦金型 との紹介：商談中");
        assertThat(rendered.title().zh()).as("no Chinese name: English").isEqualTo("与Toho Mould的引荐：洽谈中");
        assertThat(rendered.title().en()).isEqualTo("Introduction to Toho Mould: negotiating");
    }

    @Test
    void typedTextIsCutToAnExcerptOnOneLine() {
        String longMessage = "行".repeat(150) + "\n\n" + "末".repeat(150);
        NoticeTexts.Rendered rendered = texts.render(Notice.of(NotificationType.INQUIRY_RECEIVED, "k", "/inbox",
                "商事", longMessage));
        assertThat(rendered.body().ja()).hasSize(NoticeTexts.EXCERPT).doesNotContain("\n").endsWith("…");
    }

    /** The keys written in one catalogue file itself (a bundle would add its parent's, the English ones). */
    private static Set<String> keys(String language) {
        String file = "/notification/messages" + (language.equals("en") ? "" : "_" + language) + ".properties";
        try (InputStream in = NotificationCataloguesTest.class.getResourceAsStream(file)) {
            return new TreeSet<>(new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .keySet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
