package io.musubi.company;

import static io.musubi.testing.Api.postJson;
import static io.musubi.testing.Api.putJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.testing.ApiAsUsers;
import io.musubi.account.AccountService;
import io.musubi.platform.security.Role;
import io.musubi.search.Indexer;
import io.musubi.search.SearchIndexes;
import io.musubi.testing.Accounts;
import io.musubi.testing.Indexing;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, point 3: contact details are not for scrapers. Each detail has its audience (everyone, signed-in users,
 * companies this one wrote to in an inquiry); search documents and suggestions carry none.
 */
@MicronautTest(transactional = false)
class ContactVisibilityTest extends ApiAsUsers {
    static final String EMAIL = "sales@kontakt-seimitsu.example";
    static final String PHONE = "+81-6-1111-2222";

    @Inject
    Indexer indexer;
    @Inject
    SearchIndexes indexes;

    AccountService.Session sme;
    AccountService.Session buyer;
    AccountService.Session stranger;
    String companyUri;

    @BeforeAll
    void companies() {
        sme = Accounts.signUp(client, "SME", "コンタクト精密");
        buyer = Accounts.signUp(client, "LARGE_FIRM", "問合せ重工");
        stranger = Accounts.signUp(client, "SME", "無関係工業");
        companyUri = "/api/companies/" + sme.user().companyId();
        setContact(null);
    }

    @Test
    void aVisitorWhoIsNotSignedInSeesNoContactDetailsByDefault() {
        CompanyView anonymous = client.retrieve(HttpRequest.GET(companyUri), CompanyView.class);
        assertThat(anonymous.contact().person()).isNull();
        assertThat(anonymous.contact().email()).isNull();
        assertThat(anonymous.contact().phone()).isNull();
        assertThat(anonymous.contact().withheld()).containsExactly("person", "email", "phone");
        assertThat(client.retrieve(HttpRequest.GET(companyUri), String.class)).doesNotContain(EMAIL, PHONE, "林 一郎");

        CompanyView signedIn = read(stranger);
        assertThat(signedIn.contact().email()).isEqualTo(EMAIL);
        assertThat(signedIn.contact().withheld()).isEmpty();
    }

    @Test
    void eachDetailHasItsAudienceAndInquiryOnlyDetailsFollowTheCompanysReply() {
        setContact("""
                {"person": "PUBLIC", "email": "INQUIRY", "phone": "MEMBERS"}""");
        try {
            CompanyView anonymous = client.retrieve(HttpRequest.GET(companyUri), CompanyView.class);
            assertThat(anonymous.contact().person()).isEqualTo("林 一郎");
            assertThat(anonymous.contact().withheld()).containsExactly("email", "phone");

            assertThat(read(buyer).contact().email()).isNull();
            assertThat(read(buyer).contact().phone()).isEqualTo(PHONE);
            assertThat(read(buyer).contact().withheld()).containsExactly("email");

            // the buyer asks; the e-mail is still withheld until the SME writes back
            Map<?, ?> thread = client.retrieve(postJson("/api/inquiries", """
                    {"subjectType": "COMPANY", "subjectId": "%s", "message": "見積をお願いします"}"""
                    .formatted(sme.user().companyId())).bearerAuth(buyer.token()), Map.class);
            assertThat(read(buyer).contact().email()).isNull();
            client.retrieve(postJson("/api/inquiries/" + thread.get("id") + "/messages", """
                    {"body": "承知しました"}""").bearerAuth(sme.token()), Map.class);
            assertThat(read(buyer).contact().email()).isEqualTo(EMAIL);
            assertThat(read(stranger).contact().email()).as("another company still not").isNull();

            assertThat(read(sme).contact().email()).as("its own members see all").isEqualTo(EMAIL);
            AccountService.Session admin = Accounts.staff(accounts, client, Role.ADMIN);
            assertThat(read(admin).contact().email()).isEqualTo(EMAIL);
        } finally {
            setContact(null);
        }
    }

    @Test
    void searchResultsAndSuggestionsCarryNoContactData() {
        Indexing.settle(indexer, indexes);
        String search = client.retrieve(HttpRequest.GET("/api/search?q=%E3%82%B3%E3%83%B3%E3%82%BF%E3%82%AF%E3%83%88"),
                String.class);
        assertThat(search).contains(sme.user().companyId().toString()).doesNotContain(EMAIL, PHONE, "林 一郎");
        String suggestions = client.retrieve(HttpRequest.GET("/api/suggest?q=%E3%82%B3%E3%83%B3"), String.class);
        assertThat(suggestions).doesNotContain(EMAIL, PHONE, "林 一郎");
    }

    private CompanyView read(AccountService.Session session) {
        return client.retrieve(HttpRequest.GET(companyUri).bearerAuth(session.token()), CompanyView.class);
    }

    private void setContact(String visibility) {
        CompanyView current = read(sme);
        client.retrieve(putJson(companyUri, """
                {"version": %d, "kind": "SME", "names": {"ja": "コンタクト精密"}, "country": "JP",
                 "industry": "MANUFACTURING",
                 "contact": {"person": "林 一郎", "email": "%s", "phone": "%s"%s}}""".formatted(current.version(),
                EMAIL, PHONE, visibility == null ? "" : ", \"visibility\": " + visibility)).bearerAuth(sme.token()),
                CompanyView.class);
    }
}
