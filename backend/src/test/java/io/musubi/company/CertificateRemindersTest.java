package io.musubi.company;

import static io.musubi.testing.Api.postJson;
import static io.musubi.testing.Api.putJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.account.AccountService;
import io.musubi.testing.Accounts;
import io.musubi.testing.ApiAsUsers;
import io.musubi.testing.Notices;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 15: a certificate expiring within 30 days is reminded of once per expiry date. */
@MicronautTest(transactional = false)
class CertificateRemindersTest extends ApiAsUsers {
    @Inject
    CertificateReminders reminders;

    @Test
    void aCertificateAboutToExpireIsRemindedOfOncePerDate() {
        AccountService.Session sme = Accounts.signUp(client, "SME", "認証精密");
        String soon = certificate(sme, "ISO_9001", "Q-1", LocalDate.now().plusDays(20));
        certificate(sme, "ISO_14001", "E-1", LocalDate.now().plusDays(60));

        reminders.remind();
        reminders.remind();
        List<Map<String, Object>> told = Notices.ofType(client, sme, "CERTIFICATE_EXPIRING");
        assertThat(told).hasSize(1);
        assertThat(Notices.text(told.get(0), "title", "en")).isEqualTo("Your certificate ISO 9001 (quality) Q-1 "
                + "expires on " + LocalDate.now().plusDays(20));
        assertThat(told.get(0).get("link")).isEqualTo("/my/profile");

        client.exchange(putJson("/api/companies/" + sme.user().companyId() + "/certifications/" + soon, """
                {"standard": "ISO_9001", "number": "Q-1", "issuer": "JQA", "validUntil": "%s"}"""
                .formatted(LocalDate.now().plusDays(25))).bearerAuth(sme.token()));
        reminders.remind();
        assertThat(Notices.ofType(client, sme, "CERTIFICATE_EXPIRING")).as("a new date is a new reminder").hasSize(2);
    }

    private String certificate(AccountService.Session owner, String standard, String number, LocalDate until) {
        return client.retrieve(postJson("/api/companies/" + owner.user().companyId() + "/certifications", """
                {"standard": "%s", "number": "%s", "issuer": "JQA", "validUntil": "%s"}"""
                .formatted(standard, number, until)).bearerAuth(owner.token()), Map.class).get("id").toString();
    }
}
