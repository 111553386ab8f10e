package io.musubi.lifecycle;

import io.musubi.testing.ApiAndIndex;
import static io.musubi.testing.Api.postJson;
import static io.musubi.testing.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.account.AccountService;
import io.musubi.search.Indexer;
import io.musubi.search.SearchIndexes;
import io.musubi.search.SearchResults;
import io.musubi.testing.Accounts;
import io.musubi.testing.Api;
import io.musubi.testing.Api.Result;
import io.musubi.testing.Indexing;
import io.musubi.testing.RealServices;
import io.musubi.testing.Teams;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, the account lifecycle: deleting an account (a last owner first hands over or deletes the company),
 * deleting a company (gone from the database and the index; threads keep the other side's messages) and the data
 * export.
 */
@MicronautTest(transactional = false)
class AccountLifecycleTest extends ApiAndIndex {
    @Inject
    io.musubi.platform.Sql sql;
    @Inject
    io.micronaut.transaction.TransactionOperations<java.sql.Connection> transactions;


    @Override
    public Map<String, String> extraProperties() {
        return Map.of("musubi.login.sign-ups-per-address", "100");
    }

    @Test
    void aMemberDeletesTheirAccountWithTheirPasswordAndNothingPersonalIsLeft() {
        AccountService.Session owner = Accounts.signUp(client(), "SME", "退会工業");
        AccountService.Session member = Teams.join(client(), owner, "MEMBER");

        Result wrong = send(client(), deleteAccount("not my password").bearerAuth(member.token()));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.hasFieldError("password")).isTrue();
        assertThat(me(member.token()).status()).isEqualTo(200);
        UUID memberId = member.user().id();
        transactions.executeWrite(status -> sql.update("""
                INSERT INTO match_feedback (user_id, company_id, subject_type, subject_id, candidate_type, candidate_id,
                    verdict, updated_at) VALUES (?, ?, 'company', ?, 'need', ?, 'INTERESTED', now())""", memberId,
                owner.user().companyId(), owner.user().companyId(), UUID.randomUUID()));

        assertThat(send(client(), deleteAccount(Accounts.PASSWORD).bearerAuth(member.token())).status()).isEqualTo(204);
        long feedbackLeft = transactions.executeRead(status -> sql.count(
                "SELECT COUNT(*) FROM match_feedback WHERE user_id = ?", memberId));
        assertThat(feedbackLeft)
                .as("the match feature removes a deleted account's feedback (AccountDeleted)").isZero();
        assertThat(me(member.token()).status()).isEqualTo(401);
        assertThat(send(client(), postJson("/api/auth/login", """
                {"email": "%s", "password": "%s"}""".formatted(member.user().email(), Accounts.PASSWORD))).status())
                .isEqualTo(401);
        assertThat(members(owner)).extracting(m -> m.get("email")).containsExactly(owner.user().email());
        assertThat(send(client(), deleteAccount(Accounts.PASSWORD)).status()).isEqualTo(401);
    }

    @Test
    void theLastOwnerMustHandOverOrDeleteTheCompanyBeforeDeletingTheAccount() {
        AccountService.Session owner = Accounts.signUp(client(), "SME", "最後の所有者");
        Result refused = send(client(), deleteAccount(Accounts.PASSWORD).bearerAuth(owner.token()));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.error().error()).isEqualTo("last_owner");
        assertThat(me(owner.token()).status()).isEqualTo(200);

        assertThat(send(client(), deleteCompany(owner.user().companyId(), Accounts.PASSWORD)
                .bearerAuth(owner.token())).status()).isEqualTo(204);
        AccountService.Session alone = Accounts.login(client(), owner.user().email(), Accounts.PASSWORD);
        assertThat(alone.user().role()).isEqualTo("UNAFFILIATED");
        assertThat(send(client(), deleteAccount(Accounts.PASSWORD).bearerAuth(alone.token())).status())
                .isEqualTo(204);
    }

    @Test
    void aDeletedCompanyLeavesTheDatabaseAndTheIndexWhileItsThreadsStayForTheOtherSide() {
        String word = "消える研磨技術" + UUID.randomUUID().toString().substring(0, 6);
        AccountService.Session firm = Accounts.signUp(client(), "LARGE_FIRM", "消える重工");
        AccountService.Session colleague = Teams.join(client(), firm, "MEMBER");
        AccountService.Session sme = Accounts.signUp(client(), "SME", "残る精密");
        UUID gone = firm.user().companyId();
        client().exchange(Api.putJson("/api/companies/" + gone, """
                {"kind": "LARGE_FIRM", "names": {"ja": "消える重工"}, "descriptions": {"ja": "%s"}, "country": "JP",
                 "industry": "MANUFACTURING"}""".formatted(word)).bearerAuth(firm.token()));
        Map<String, Object> need = client().retrieve(postJson("/api/needs", """
                {"titles": {"ja": "%s の試作"}}""".formatted(word)).bearerAuth(firm.token()), Api.jsonObject());
        Map<String, Object> thread = client().retrieve(postJson("/api/inquiries", """
                {"subjectType": "COMPANY", "subjectId": "%s", "message": "御社の技術について伺いたい"}"""
                .formatted(sme.user().companyId())).bearerAuth(firm.token()), Api.jsonObject());
        client().exchange(postJson("/api/inquiries/" + thread.get("id") + "/messages", """
                {"body": "はい、喜んで"}""").bearerAuth(sme.token()));
        Indexing.settle(indexer, indexes);
        assertThat(search(word).total()).isEqualTo(2); // the profile and the need

        assertThat(send(client(), deleteCompany(gone, Accounts.PASSWORD).bearerAuth(colleague.token())).status())
                .as("members who are not owners").isEqualTo(403);
        assertThat(send(client(), deleteCompany(gone, Accounts.PASSWORD).bearerAuth(sme.token())).status())
                .isEqualTo(403);
        assertThat(send(client(), deleteCompany(gone, "wrong password").bearerAuth(firm.token())).status())
                .isEqualTo(400);
        assertThat(send(client(), HttpRequest.GET("/api/companies/" + gone)).status()).isEqualTo(200);

        assertThat(send(client(), deleteCompany(gone, Accounts.PASSWORD).bearerAuth(firm.token())).status())
                .isEqualTo(204);
        assertThat(send(client(), HttpRequest.GET("/api/companies/" + gone)).status()).isEqualTo(404);
        assertThat(send(client(), HttpRequest.GET("/api/needs/" + need.get("id"))).status()).isEqualTo(404);
        Indexing.settle(indexer, indexes);
        assertThat(search(word).total()).as("gone from the index").isZero();
        assertThat(me(firm.token()).status()).isEqualTo(401);
        assertThat(me(colleague.token()).status()).isEqualTo(401);
        assertThat(Accounts.login(client(), colleague.user().email(), Accounts.PASSWORD).user().role())
                .isEqualTo("UNAFFILIATED");

        Map<String, Object> kept = client().retrieve(HttpRequest.GET("/api/inquiries/" + thread.get("id"))
                .bearerAuth(sme.token()), Api.jsonObject());
        assertThat(kept).containsEntry("counterpartDeleted", true).containsEntry("status", "CLOSED");
        assertThat(kept.get("counterpart")).isNull();
        assertThat((List<?>) kept.get("messages")).hasSize(1).first().asString().contains("はい、喜んで");
        Result reply = send(client(), postJson("/api/inquiries/" + thread.get("id") + "/messages", """
                {"body": "まだいますか"}""").bearerAuth(sme.token()));
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.error().error()).isEqualTo("counterpart_deleted");
    }

    @Test
    void anOwnerExportsEverythingTheCompanyStoredAndAMemberTheirAccount() throws Exception {
        AccountService.Session firm = Accounts.signUp(client(), "LARGE_FIRM", "書出重工");
        AccountService.Session member = Teams.join(client(), firm, "MEMBER");
        AccountService.Session sme = Accounts.signUp(client(), "SME", "書出精密");
        client().retrieve(postJson("/api/needs", """
                {"titles": {"ja": "書き出すニーズ"}}""").bearerAuth(firm.token()), Api.jsonObject());
        client().exchange(postJson("/api/companies/" + firm.user().companyId() + "/invitations", """
                {"email": "%s", "companyRole": "MEMBER"}""".formatted(Accounts.newEmail())).bearerAuth(firm.token()));
        client().exchange(postJson("/api/inquiries", """
                {"subjectType": "COMPANY", "subjectId": "%s", "message": "書き出す問い合わせ"}"""
                .formatted(sme.user().companyId())).bearerAuth(member.token()));

        HttpResponse<String> response = client().exchange(HttpRequest.GET("/api/account/export")
                .bearerAuth(firm.token()), String.class);
        assertThat(response.getHeaders().get("Content-Disposition")).startsWith("attachment; filename=\"musubi-export-");
        assertThat(response.getContentType()).contains(MediaType.APPLICATION_JSON_TYPE);
        String body = response.body();
        JsonNode export = new ObjectMapper().readTree(body);
        assertThat(export.path("account").path("email").asText()).isEqualTo(firm.user().email());
        JsonNode company = export.path("company");
        assertThat(company.path("profile").path("name_ja").asText()).isEqualTo("書出重工");
        assertThat(company.path("needs").get(0).path("title_ja").asText()).isEqualTo("書き出すニーズ");
        assertThat(company.path("members")).hasSize(2);
        assertThat(company.path("invitations")).as("the accepted one and the pending one").hasSize(2);
        assertThat(company.path("threads").get(0).path("messages").get(0).path("body").asText())
                .isEqualTo("書き出す問い合わせ");
        assertThat(body).doesNotContain("password_hash", "token_hash", "$sha256-bcrypt$");

        JsonNode memberExport = new ObjectMapper().readTree(client().retrieve(HttpRequest.GET("/api/account/export")
                .bearerAuth(member.token()), String.class));
        assertThat(memberExport.path("account").path("email").asText()).isEqualTo(member.user().email());
        assertThat(memberExport.path("company").isNull()).as("the company's data is for its owners").isTrue();
        assertThat(memberExport.path("messagesWritten").get(0).path("body").asText()).isEqualTo("書き出す問い合わせ");
        assertThat(send(client(), HttpRequest.GET("/api/account/export")).status()).isEqualTo(401);
    }

    private SearchResults search(String word) {
        return client().retrieve(HttpRequest.GET("/api/search?q=" + java.net.URLEncoder.encode(word,
                java.nio.charset.StandardCharsets.UTF_8)), SearchResults.class);
    }

    private List<Map<String, Object>> members(AccountService.Session owner) {
        return client().retrieve(HttpRequest.GET("/api/companies/" + owner.user().companyId() + "/members")
                .bearerAuth(owner.token()), io.micronaut.core.type.Argument.listOf(Api.jsonObject()));
    }

    private Result me(String token) {
        return send(client(), HttpRequest.GET("/api/auth/me").bearerAuth(token));
    }

    private static MutableHttpRequest<String> deleteAccount(String password) {
        return HttpRequest.DELETE("/api/account", "{\"password\": \"" + password + "\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static MutableHttpRequest<String> deleteCompany(UUID company, String password) {
        return HttpRequest.DELETE("/api/companies/" + company, "{\"password\": \"" + password + "\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
