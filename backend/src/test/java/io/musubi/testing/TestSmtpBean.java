package io.musubi.testing;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

/** In tests that switch the dev mailbox on (the browser tests read mails through it), the test run's SMTP server. */
@Factory
@Requires(env = Environment.TEST)
@Requires(property = "musubi.dev-mailbox.enabled", value = "true")
class TestSmtpBean {
    @Singleton
    LocalSmtp smtp() {
        return TestServices.smtp();
    }
}
