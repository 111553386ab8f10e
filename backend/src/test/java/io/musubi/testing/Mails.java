package io.musubi.testing;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the mails an app sent, as a person would: by recipient, their text and HTML parts, links in them. */
public final class Mails {
    private Mails() {
    }

    /** Waits up to 20 s for the first mail to {@code recipient} at the server. */
    public static MimeMessage awaitMailTo(LocalSmtp smtp, String recipient) {
        return awaitMail(smtp, recipient, "any", mail -> true);
    }

    /** Waits up to 20 s for the newest mail to {@code recipient} whose subject contains {@code subject}. */
    public static MimeMessage awaitMailWithSubject(LocalSmtp smtp, String recipient, String subject) {
        return awaitMail(smtp, recipient, "subject " + subject, mail -> subject(mail).contains(subject));
    }

    /** Waits up to 20 s for the newest mail to {@code recipient} with a link to {@code path}. */
    public static MimeMessage awaitMailWithLink(LocalSmtp smtp, String recipient, String path) {
        return awaitMail(smtp, recipient, "a link to " + path, mail -> part(mail, "text/plain")
                .matches("(?s).*https?://\\S+" + Pattern.quote(path) + ".*"));
    }

    /** Waits up to 20 s until {@code count} mails to {@code recipient} have arrived, and checks that no more did. */
    public static List<MimeMessage> awaitMailCount(LocalSmtp smtp, String recipient, int count) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (to(smtp, recipient).size() < count && System.nanoTime() < deadline) {
            sleep(100);
        }
        List<MimeMessage> mails = to(smtp, recipient);
        if (mails.size() != count) {
            throw new AssertionError(mails.size() + " mails to " + recipient + " instead of " + count);
        }
        return mails;
    }

    private static MimeMessage awaitMail(LocalSmtp smtp, String recipient, String what,
                                         java.util.function.Predicate<MimeMessage> wanted) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<MimeMessage> mails = to(smtp, recipient).stream().filter(wanted).toList();
            if (!mails.isEmpty()) {
                return mails.get(mails.size() - 1);
            }
            sleep(100);
        }
        throw new AssertionError("no mail to " + recipient + " with " + what + " within 20 s");
    }

    public static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<MimeMessage> to(LocalSmtp smtp, String recipient) {
        return smtp.received().stream().filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equalsIgnoreCase(recipient);
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** The part of this type ("text/plain" or "text/html"), also inside a mail with an attachment. */
    public static String part(MimeMessage mail, String type) {
        try {
            String found = find((Multipart) mail.getContent(), type);
            if (found == null) {
                throw new AssertionError("no " + type + " part");
            }
            return found;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The attached file of this name, as text; fails when there is none. */
    public static String attachment(MimeMessage mail, String filename) {
        try {
            Multipart parts = (Multipart) mail.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (filename.equals(part.getFileName())) {
                    try (var in = part.getInputStream()) {
                        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    }
                }
            }
            throw new AssertionError("no attachment " + filename);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Multipart parts, String type) throws MessagingException, IOException {
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType(type) && part.getFileName() == null) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof Multipart nested) {
                String found = find(nested, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The first link in the plain-text part whose path starts with {@code path}. */
    public static String link(MimeMessage mail, String path) {
        Matcher matcher = Pattern.compile("https?://\\S+" + Pattern.quote(path) + "\\S*").matcher(part(mail,
                "text/plain"));
        if (!matcher.find()) {
            throw new AssertionError("no link to " + path);
        }
        return matcher.group();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
