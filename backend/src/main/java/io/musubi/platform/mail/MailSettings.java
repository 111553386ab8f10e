package io.musubi.platform.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code musubi.mail.*}: the SMTP relay ({@code SMTP_HOST}, {@code SMTP_PORT}, {@code SMTP_USERNAME},
 * {@code SMTP_PASSWORD}, {@code SMTP_STARTTLS}), the sender address ({@code MAIL_FROM}) and the site the links in
 * mails point to ({@code MUSUBI_PUBLIC_URL}). Without a host, mails wait in the outbox until one is configured.
 */
@ConfigurationProperties("musubi.mail")
public record MailSettings(
        @Nullable String host,
        @Bindable(defaultValue = "25") int port,
        @Nullable String username,
        @Nullable String password,
        @Bindable(defaultValue = "false") boolean starttls,
        @Bindable(defaultValue = "Musubi <no-reply@musubi.example>") String from,
        @Bindable(defaultValue = "http://localhost:8080") String publicUrl,
        @Bindable(defaultValue = "20") int batchSize,
        @Bindable(defaultValue = "10s") Duration timeout) {

    public boolean configured() {
        return host != null && !host.isBlank();
    }

    /** An absolute link into the UI: {@code path} starts with a slash. */
    public String link(String path) {
        return publicUrl.replaceAll("/+$", "") + path;
    }
}
