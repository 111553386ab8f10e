package io.musubi.notification;

import io.musubi.platform.i18n.Localized;
import jakarta.inject.Singleton;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A notice's title and body in ja, zh and en, from the catalogues {@code notification/messages*.properties}; each
 * {@code Localized} argument in the reader's language (or the nearest one it has), each {@link Notice.Term} from the
 * catalogue. Texts people typed are cut to {@link #EXCERPT} characters: a notification points to the thing, it does
 * not copy it.
 */
@Singleton
class NoticeTexts {
    static final List<String> LANGUAGES = List.of("ja", "zh", "en");
    static final int EXCERPT = 200;

    record Rendered(Localized title, Localized body) {
    }

    Rendered render(Notice notice) {
        String prefix = notice.type().textKey();
        return new Rendered(all(prefix + ".title", notice.args()), all(prefix + ".body", notice.args()));
    }

    /** One catalogue text in one language, e.g. the digest's subject. */
    String text(String language, String key, Object... args) {
        return format(language, key, List.of(args));
    }

    private Localized all(String key, List<Object> args) {
        return new Localized(format("ja", key, args), format("zh", key, args), format("en", key, args));
    }

    private static String format(String language, String key, List<Object> args) {
        ResourceBundle texts = bundle(language);
        Object[] values = args.stream().map(arg -> value(language, texts, arg)).toArray();
        return new MessageFormat(texts.getString(key), Locale.ROOT).format(values);
    }

    private static Object value(String language, ResourceBundle texts, Object arg) {
        if (arg instanceof Localized localized) {
            return excerpt(in(localized, language));
        }
        if (arg instanceof Notice.Term term) {
            return texts.getString(term.key());
        }
        if (arg instanceof String text) {
            return excerpt(text);
        }
        return arg;
    }

    /** The reader's language, else English, Japanese, Chinese: the first the text has. */
    static String in(Localized text, String language) {
        String wanted = switch (language) {
            case "zh" -> text.zh();
            case "en" -> text.en();
            default -> text.ja();
        };
        if (wanted != null) {
            return wanted;
        }
        return text.en() != null ? text.en() : text.any().orElse("");
    }

    private static String excerpt(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT - 1) + "…";
    }

    static ResourceBundle bundle(String language) {
        String known = LANGUAGES.contains(language) ? language : "ja";
        return ResourceBundle.getBundle("notification.messages", Locale.forLanguageTag(known),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
