package io.musubi.testing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.musubi.account.AccountService;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;

/** Real team members through the real invitation endpoints and the mails they send. */
public final class Teams {
    private Teams() {
    }

    /**
     * A colleague the owner invited with this company role ("OWNER" or "MEMBER") who signed up through the link in
     * the mail with {@link Accounts#PASSWORD}; their session.
     */
    public static AccountService.Session join(BlockingHttpClient client, AccountService.Session owner,
                                              String companyRole) {
        String email = Accounts.newEmail();
        client.exchange(Api.postJson("/api/companies/" + owner.user().companyId() + "/invitations",
                "{\"email\": \"%s\", \"companyRole\": \"%s\"}".formatted(email, companyRole))
                .bearerAuth(owner.token()));
        String token = invitationToken(Mails.awaitMailWithLink(TestServices.smtp(), email, "/invitations/"));
        client.exchange(Api.postJson("/api/invitations/" + token + "/accept", """
                {"displayName": "同僚", "password": "%s"}""".formatted(Accounts.PASSWORD)));
        return Accounts.login(client, email, Accounts.PASSWORD);
    }

    /** An account that belonged to the owner's company and was removed from it: it has no company now. */
    public static AccountService.Session unaffiliated(BlockingHttpClient client, AccountService.Session owner) {
        AccountService.Session member = join(client, owner, "MEMBER");
        UUID company = owner.user().companyId();
        client.exchange(HttpRequest.DELETE("/api/companies/" + company + "/members/" + member.user().id())
                .bearerAuth(owner.token()));
        return Accounts.login(client, member.user().email(), Accounts.PASSWORD);
    }

    public static String invitationToken(MimeMessage mail) {
        String link = Mails.link(mail, "/invitations/");
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
