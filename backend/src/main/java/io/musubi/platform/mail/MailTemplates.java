package io.musubi.platform.mail;

import jakarta.inject.Singleton;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mails in the recipient's language (ja, zh or en) from the catalogues {@code mail/messages_*.properties}: a subject,
 * a greeting, paragraphs, an action link and a closing line, as plain text and as HTML. Every value filled in
 * ({0}, {1} …: names, titles people typed) is escaped in the HTML part; links into the app in the paragraphs are
 * clickable there.
 */
@Singleton
public class MailTemplates {
    public static final List<String> LANGUAGES = List.of("ja", "zh", "en");
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    private final MailSettings settings;

    MailTemplates(MailSettings settings) {
        this.settings = settings;
    }

    /**
     * @param template   the catalogue's key prefix, e.g. {@code password-reset}
     * @param actionPath the UI path the action button opens (made absolute with the public URL), or null
     * @param args       the values for {0}, {1} … in the template's texts
     */
    public MailMessage render(String template, String language, String idempotencyKey, String recipient,
                              String actionPath, Object... args) {
        return render(template, language, idempotencyKey, recipient, actionPath, null, args);
    }

    /**
     * A mail a recipient may stop: what it is ({@code label}, in their language), the page that stops it (the
     * footer's link: opening it is the one click) and the URL a mail client POSTs to (RFC 8058 header).
     */
    public record Unsubscribe(String label, String pagePath, String oneClickPath) {
    }

    /** As {@link #render(String, String, String, String, String, Object...)}, with an unsubscribe footer and header. */
    public MailMessage render(String template, String language, String idempotencyKey, String recipient,
                              String actionPath, Unsubscribe unsubscribe, Object... args) {
        ResourceBundle texts = bundle(language);
        String subject = format(texts, template + ".subject", args);
        String greeting = format(texts, template + ".greeting", args);
        List<String> paragraphs = List.of(format(texts, template + ".body", args).split("\n\n"));
        String action = actionPath == null ? null : format(texts, template + ".action", args);
        String link = actionPath == null ? null : settings.link(actionPath);
        String after = texts.containsKey(template + ".after") ? format(texts, template + ".after", args) : null;
        String signature = texts.getString("signature");
        String stop = unsubscribe == null ? null : format(texts, "unsubscribe", unsubscribe.label());

        List<String> text = new ArrayList<>(List.of(greeting, ""));
        paragraphs.forEach(p -> text.addAll(List.of(p, "")));
        if (link != null) {
            text.addAll(List.of(action + ":", link, ""));
        }
        if (after != null) {
            text.addAll(List.of(after, ""));
        }
        text.addAll(List.of("--", signature, settings.link("/")));
        if (stop != null) {
            text.addAll(List.of("", stop, settings.link(unsubscribe.pagePath())));
        }

        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"").append(language)
                .append("\"><body style=\"font-family: sans-serif; color: #1f2430; line-height: 1.6\">")
                .append("<p>").append(escape(greeting)).append("</p>");
        paragraphs.forEach(p -> html.append("<p>").append(linked(escape(p)).replace("\n", "<br>")).append("</p>"));
        if (link != null) {
            html.append("<p><a href=\"").append(escape(link)).append("\" style=\"display: inline-block; padding: 8px 16px;"
                    + " background: #b3312d; color: #ffffff; text-decoration: none; border-radius: 4px\">")
                    .append(escape(action)).append("</a></p><p style=\"font-size: 12px; color: #555\">")
                    .append(escape(link)).append("</p>");
        }
        if (after != null) {
            html.append("<p>").append(escape(after)).append("</p>");
        }
        html.append("<hr><p style=\"font-size: 12px; color: #555\">").append(escape(signature)).append(" · <a href=\"")
                .append(escape(settings.link("/"))).append("\">").append(escape(settings.link("/"))).append("</a></p>");
        if (stop != null) {
            String page = settings.link(unsubscribe.pagePath());
            html.append("<p style=\"font-size: 12px; color: #555\">").append(escape(stop)).append(" <a href=\"")
                    .append(escape(page)).append("\">").append(escape(page)).append("</a></p>");
        }
        html.append("</body></html>");
        return new MailMessage(idempotencyKey, recipient, subject, String.join("\n", text), html.toString(),
                unsubscribe == null ? null : settings.link(unsubscribe.oneClickPath()));
    }

    /** One text of the mail catalogue in {@code language}, for a feature that builds a list into a mail's body. */
    public String text(String language, String key, Object... args) {
        return format(bundle(language), key, args);
    }

    /** Links into the app in a paragraph (already escaped) become clickable; other addresses stay text. */
    private String linked(String escaped) {
        Matcher links = LINK.matcher(escaped);
        String app = escape(settings.link("/"));
        StringBuilder out = new StringBuilder();
        while (links.find()) {
            String url = links.group();
            links.appendReplacement(out, Matcher.quoteReplacement(url.startsWith(app)
                    ? "<a href=\"" + url + "\">" + url + "</a>" : url));
        }
        return links.appendTail(out).toString();
    }

    private static ResourceBundle bundle(String language) {
        String known = LANGUAGES.contains(language) ? language : "ja";
        return ResourceBundle.getBundle("mail.messages", Locale.forLanguageTag(known),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String format(ResourceBundle texts, String key, Object... args) {
        return new MessageFormat(texts.getString(key), Locale.ROOT).format(args);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
