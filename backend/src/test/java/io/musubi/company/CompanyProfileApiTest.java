package io.musubi.company;

import static io.musubi.testing.Api.postJson;
import static io.musubi.testing.Api.putJson;
import static io.musubi.testing.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.account.AccountService;
import io.musubi.testing.Accounts;
import io.musubi.testing.Api.Result;
import io.musubi.testing.RealServices;
import io.musubi.testing.Tokens;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The complete profile: equipment, contact, designations, classification, certificates and the logo. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompanyProfileApiTest implements RealServices {
    @Override
    public Map<String, String> extraProperties() {
        return Map.of("musubi.indexer.enabled", "false");
    }

    @Inject
    @Client("/")
    HttpClient http;

    BlockingHttpClient client;
    AccountService.Session member;
    String company;

    @BeforeAll
    void signUp() {
        client = http.toBlocking();
        member = Accounts.signUp(client, "SME", "林精密工業");
        company = "/api/companies/" + member.user().companyId();
    }

    @Test
    void aMemberCompletesTheProfileAndSeesItsSmeClassWithTheReason() {
        CompanyView profile = client.retrieve(putJson(company, """
                {"kind": "SME", "names": {"ja": "林精密工業", "en": "Hayashi Precision"},
                 "headlines": {"ja": "5軸加工の試作専門"}, "technologies": ["five-axis-machining", "titanium"],
                 "freeTerms": ["難削材"], "products": ["タービンブレード"], "materials": ["Ti-6Al-4V"],
                 "equipment": [{"type": "5軸マシニングセンタ", "maker": "DMG MORI", "model": "DMU 50", "count": 2,
                                "maxWorkSize": "500×450×400 mm"}],
                 "country": "JP", "region": "JP-27", "industry": "MANUFACTURING",
                 "capital": {"amount": 400000000, "currency": "JPY"}, "employees": 85,
                 "contact": {"person": "林", "email": "sales@hayashi.example", "phone": "+81 6 0000 0000"},
                 "designations": {"srdiProvincialYear": null, "littleGiantYear": null}}""")
                .bearerAuth(member.token()), CompanyView.class);
        assertThat(profile.equipment()).singleElement().satisfies(e -> assertThat(e.count()).isEqualTo(2));
        assertThat(profile.contact().email()).isEqualTo("sales@hayashi.example");
        assertThat(profile.smeClass().code()).isEqualTo(SmeClassifier.Code.SME);
        assertThat(profile.smeClass().reason().ja()).contains("従業員85人");
        assertThat(profile.smeClass().reason().en()).contains("85 employees");
        Result badEquipment = send(client, putJson(company, """
                {"names": {"ja": "x"}, "country": "JP", "industry": "MANUFACTURING",
                 "equipment": [{"type": "lathe", "count": 0}, {"maker": "Okuma"}]}""").bearerAuth(member.token()));
        assertThat(badEquipment.status()).isEqualTo(400);
        assertThat(badEquipment.error().errors()).extracting(e -> e.field())
                .contains("equipment[0].count", "equipment[1].type");
    }

    @Test
    void anExpiredCertificateShowsAsExpiredAndEditingRestartsVerification() {
        Map<?, ?> expired = client.retrieve(postJson(company + "/certifications", """
                {"standard": "ISO_13485", "number": "MD-1", "issuer": "JQA", "validUntil": "%s"}"""
                .formatted(LocalDate.now().minusDays(1))).bearerAuth(member.token()), Map.class);
        Map<?, ?> valid = client.retrieve(postJson(company + "/certifications", """
                {"standard": "ISO_9001", "number": "Q-1", "validUntil": "%s"}""".formatted(LocalDate.now()))
                .bearerAuth(member.token()), Map.class);
        assertThat(expired.get("expired")).isEqualTo(true);
        assertThat(valid.get("expired")).isEqualTo(false);

        Map<?, ?> verified = client.retrieve(postJson(company + "/certifications/" + valid.get("id")
                + "/verification", "{\"status\": \"VERIFIED\"}").bearerAuth(Tokens.admin()), Map.class);
        assertThat(verified.get("verification")).isEqualTo("VERIFIED");
        Map<?, ?> edited = client.retrieve(putJson(company + "/certifications/" + valid.get("id"), """
                {"standard": "ISO_9001", "number": "Q-2", "validUntil": "%s"}""".formatted(LocalDate.now()
                .plusYears(1))).bearerAuth(member.token()), Map.class);
        assertThat(edited.get("verification")).isEqualTo("UNVERIFIED");

        Result other = send(client, postJson(company + "/certifications", "{\"standard\": \"OTHER\"}")
                .bearerAuth(member.token()));
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.hasFieldError("name")).isTrue();
        assertThat(send(client, postJson(company + "/certifications", "{\"standard\": \"ISO_0\"}")
                .bearerAuth(member.token())).hasFieldError("standard")).isTrue();
    }

    @Test
    void aLogoMustBeAPngJpegOrWebpOfAtMostOneMegabyte() {
        byte[] png = new byte[2048];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, png, 0, 8);
        CompanyView withLogo = client.retrieve(upload(png, "logo.png"), CompanyView.class);
        assertThat(withLogo.logoUrl()).isEqualTo(company + "/logo");
        HttpResponse<byte[]> served = client.exchange(HttpRequest.GET(company + "/logo"), byte[].class);
        assertThat(served.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("image/png"));
        assertThat(served.body()).isEqualTo(png);

        Result script = send(client, upload("<script>alert(1)</script>".getBytes(), "logo.png"));
        assertThat(script.status()).isEqualTo(400);
        assertThat(script.error().errors()).anyMatch(e -> e.code().equals("file_type"));
        byte[] big = Arrays.copyOf(png, 1024 * 1024 + 1);
        Result tooBig = send(client, upload(big, "big.png"));
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.error().errors()).anyMatch(e -> e.code().equals("file_size"));
    }

    private io.micronaut.http.MutableHttpRequest<?> upload(byte[] content, String name) {
        return HttpRequest.POST(company + "/logo", MultipartBody.builder().addPart("file", name,
                MediaType.IMAGE_PNG_TYPE, content).build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .bearerAuth(member.token());
    }
}
