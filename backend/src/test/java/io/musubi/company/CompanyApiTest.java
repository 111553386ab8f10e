package io.musubi.company;

import static io.musubi.testing.Api.adminPostJson;
import static io.musubi.testing.Api.adminPutJson;
import static io.musubi.testing.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.platform.outbox.OutboxRepository;
import io.musubi.testing.Api.Result;
import io.musubi.testing.RealServices;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompanyApiTest implements RealServices {
    /** The scheduled indexer is off here, so the outbox can be inspected. */
    @Override
    public java.util.Map<String, String> extraProperties() {
        return java.util.Map.of("musubi.indexer.enabled", "false");
    }

    static final String VALID = """
            {"names": {"ja": "林精密工業株式会社", "en": "Hayashi Precision"},
             "descriptions": {"ja": "精密切削加工", "en": "Precision machining"},
             "technologies": ["cutting", "five-axis-machining"], "freeTerms": ["machining"], "country": "JP",
             "region": "JP-27",
             "industry": "MANUFACTURING", "capital": {"amount": 30000000, "currency": "JPY"},
             "employees": 85, "foundedYear": 1968, "website": "https://hayashi.example"}
            """;

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    CompanyRepository companies;
    @Inject
    OutboxRepository outbox;

    BlockingHttpClient client;

    @BeforeEach
    void setUp() {
        client = http.toBlocking();
    }

    @Test
    void createsReadsAndUpdatesAProfileWritingTheOutboxInTheSameTransaction() {
        long outboxBefore = outbox.count();
        CompanyView created = client.retrieve(adminPostJson("/api/companies", VALID), CompanyView.class);

        assertThat(created.id()).isNotNull();
        assertThat(created.version()).isZero();
        assertThat(created.names().ja()).isEqualTo("林精密工業株式会社");
        assertThat(created.capital().amount()).isEqualByComparingTo("30000000");
        assertThat(outbox.count()).isEqualTo(outboxBefore + 1);
        assertThat(outbox.findAll()).anyMatch(entry -> entry.aggregateId().equals(created.id())
                && entry.aggregateType().equals("company"));

        CompanyView read = client.retrieve(HttpRequest.GET("/api/companies/" + created.id()), CompanyView.class);
        assertThat(read).isEqualTo(created);

        String changed = VALID.replace("\"employees\": 85", "\"employees\": 90")
                .replace("{\"names\"", "{\"version\": 0, \"names\"");
        CompanyView updated = client.retrieve(adminPutJson("/api/companies/" + created.id(), changed), CompanyView.class);
        assertThat(updated.employees()).isEqualTo(90);
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.createdAt()).isEqualTo(created.createdAt());
    }

    @Test
    void anUpdateWithAStaleVersionIsAConflictAndChangesNothing() {
        CompanyView created = client.retrieve(adminPostJson("/api/companies", VALID), CompanyView.class);
        client.retrieve(adminPutJson("/api/companies/" + created.id(), VALID), CompanyView.class);

        Result stale = send(client, adminPutJson("/api/companies/" + created.id(),
                VALID.replace("{\"names\"", "{\"version\": 0, \"names\"").replace("85", "1")));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.error().error()).isEqualTo("conflict");
        assertThat(stale.hasFieldError("version")).isTrue();
        assertThat(companies.findById(created.id()).orElseThrow().employees()).isEqualTo(85);
    }

    @Test
    void rejectsAMissingNameWithAFieldError() {
        assertRejected(VALID.replace("\"names\": {\"ja\": \"林精密工業株式会社\", \"en\": \"Hayashi Precision\"},", ""),
                "names");
        assertRejected(VALID.replace("{\"ja\": \"林精密工業株式会社\", \"en\": \"Hayashi Precision\"}",
                "{\"ja\": \"  \"}"), "names");
    }

    @Test
    void rejectsNegativeEmployeesWithAFieldError() {
        Result result = assertRejected(VALID.replace("\"employees\": 85", "\"employees\": -1"), "employees");
        assertThat(result.error().errors().get(0).code()).isEqualTo("min");
    }

    @Test
    void rejectsAnUnknownIndustryNamingTheAllowedValues() {
        Result result = assertRejected(VALID.replace("MANUFACTURING", "ALCHEMY"), "industry");
        assertThat(result.error().errors().get(0).message()).contains("MANUFACTURING");
    }

    @Test
    void rejectsUnknownCountryAndCurrencyAndAFutureFoundingYear() {
        assertRejected(VALID.replace("\"JP\"", "\"XX\""), "country");
        assertRejected(VALID.replace("\"JPY\"", "\"ABC\""), "capital.currency");
        assertRejected(VALID.replace("1968", "2999"), "foundedYear");
        assertRejected(VALID.replace("30000000", "-5"), "capital.amount");
        assertRejected(VALID.replace("https://hayashi.example", "javascript:alert(1)"), "website");
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        Result result = assertRejected(VALID.replace("\"employees\": 85", "\"employees\": -1")
                .replace("\"JP\"", "\"jp\""), "employees");
        assertThat(result.hasFieldError("country")).isTrue();
    }

    @Test
    void rejectsOversizeFieldsAndLists() {
        assertRejected(VALID.replace("林精密工業株式会社", "林".repeat(201)), "names.ja");
        assertRejected(VALID.replace("Precision machining", "x".repeat(10_001)), "descriptions.en");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            many.append(i == 0 ? "" : ",").append("\"t").append(i).append('"');
        }
        assertRejected(VALID.replace("\"cutting\", \"five-axis-machining\"", many), "technologies");
        assertRejected(VALID.replace("\"machining\"", "\"" + "m".repeat(101) + "\""), "freeTerms[0]");
        assertRejected(VALID.replace("\"machining\"", "\"  \""), "freeTerms[0]");
        assertRejected(VALID.replace("\"five-axis-machining\"", "\"no-such-technology\""), "technologies[1]");
        assertRejected(VALID.replace("\"JP-27\"", "\"Atlantis\""), "region");
    }

    @Test
    void rejectsMalformedJsonAndWrongTypes() {
        Result malformed = send(client, adminPostJson("/api/companies", "{\"names\": {\"ja\": "));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.error()).isNotNull();
        assertThat(malformed.error().error()).as(malformed.body()).isEqualTo("malformed_json");

        Result wrongType = send(client, adminPostJson("/api/companies", VALID.replace("85", "\"many\"")));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.error()).isNotNull();
        assertThat(wrongType.error().errors()).extracting(e -> e.field()).contains("employees");

        Result array = send(client, adminPostJson("/api/companies", "[1, 2]"));
        assertThat(array.status()).isEqualTo(400);
        assertThat(array.error()).isNotNull();
    }

    @Test
    void rejectsABodyOverTheTwentyMegabyteLimitWith413() {
        Result result = send(client, adminPostJson("/api/companies",
                VALID.replace("Precision machining", "x".repeat(21_000_000))));
        assertThat(result.status()).isEqualTo(413);
        assertThat(result.error()).isNotNull();
        assertThat(result.error().error()).isEqualTo("payload_too_large");
    }

    @Test
    void storesMarkupAsPlainText() {
        String script = "<script>alert('x')</script>";
        CompanyView created = client.retrieve(adminPostJson("/api/companies",
                VALID.replace("Hayashi Precision", script.replace("'", "\\u0027"))), CompanyView.class);
        assertThat(created.names().en()).isEqualTo(script);
    }

    @Test
    void unknownAndMalformedIdsAreClientErrors() {
        Result missing = send(client, HttpRequest.GET("/api/companies/" + UUID.randomUUID()));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.error().error()).isEqualTo("not_found");

        Result malformed = send(client, HttpRequest.GET("/api/companies/not-a-uuid"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.hasFieldError("id")).isTrue();

        Result updateMissing = send(client, adminPutJson("/api/companies/" + UUID.randomUUID(), VALID));
        assertThat(updateMissing.status()).isEqualTo(404);
    }

    @Test
    void listsTheIndustriesWithLabelsInThreeLanguages() {
        String industries = client.retrieve(HttpRequest.GET("/api/industries"), String.class);
        assertThat(industries).contains("\"code\":\"MANUFACTURING\"", "製造業", "制造业", "Manufacturing");
    }

    private Result assertRejected(String json, String field) {
        long before = companies.count();
        long outboxBefore = outbox.count();
        Result result = send(client, adminPostJson("/api/companies", json));
        assertThat(result.status()).as(result.body()).isEqualTo(400);
        assertThat(result.error()).as(result.body()).isNotNull();
        assertThat(result.hasFieldError(field)).as(result.body()).isTrue();
        assertThat(companies.count()).isEqualTo(before);
        assertThat(outbox.count()).isEqualTo(outboxBefore);
        return result;
    }
}
