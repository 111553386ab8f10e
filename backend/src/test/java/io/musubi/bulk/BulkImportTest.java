package io.musubi.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.testing.ApiAsUsers;
import io.musubi.account.AccountService;
import io.musubi.company.CompanyView;
import io.musubi.platform.security.Role;
import io.musubi.testing.Accounts;
import io.musubi.testing.Api;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class BulkImportTest extends ApiAsUsers {
    @Override
    public Map<String, String> extraProperties() {
        return Map.of("musubi.indexer.enabled", "false");
    }

    @Inject
    ImportJobRepository jobs;
    @Inject
    io.musubi.company.CompanyService companies;

    AccountService.Session organiser;

    @BeforeAll
    void login() {
        organiser = Accounts.staff(accounts, client, Role.ORGANISER);
    }

    @Test
    void importsMetisThreeHundredCompaniesOnceAndAReimportChangesNothing() throws Exception {
        byte[] file = Files.readAllBytes(company300());
        ImportJob first = importAndWait("company300.csv", file);
        assertThat(first.status()).isEqualTo("DONE");
        assertThat(first.format()).isEqualTo("COMPANY300");
        assertThat(first.total()).isEqualTo(300);
        assertThat(first.created()).isEqualTo(300);
        assertThat(first.rejected()).isZero();

        ImportJob again = importAndWait("company300.csv", file);
        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(300);
        assertThat(again.problems()).isEmpty();
    }

    @Test
    void reportsEveryBadRowWithItsLineColumnAndProblemAndImportsTheGoodOnes() {
        String csv = String.join("\n",
                String.join(",", CompanyCsv.TEMPLATE),
                row("good-1", "良品工業", "MANUFACTURING", "JP", "大阪府", "85", "切削加工;unknown craft"),
                row("bad-industry", "悪い業種", "ALCHEMY", "JP", "", "10", ""),
                row("bad-employees", "負の従業員", "RETAIL", "JP", "", "-5", ""),
                row("bad-number", "数字でない", "RETAIL", "JP", "", "many", ""),
                row("", "鍵なし", "RETAIL", "JP", "", "", ""),
                row("bad-region", "県がない", "RETAIL", "JP", "アトランティス県", "", ""),
                row("good-1", "重複", "RETAIL", "JP", "", "", ""),
                row("good-2", "<script>alert(1)</script>", "WHOLESALE", "CN", "广东省", "3", "模具"));
        ImportJob job = importAndWait("template.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(job.status()).isEqualTo("DONE");
        assertThat(job.created()).isEqualTo(2);
        assertThat(job.rejected()).isEqualTo(6);
        assertThat(job.problems()).extracting(p -> p.row() + " " + p.field() + " " + p.code()).contains(
                "3 industry unknown", "4 employees min", "5 employees invalid_type", "6 key required",
                "7 region unknown", "8 key duplicate");

        List<String> exported = List.of(client.retrieve(HttpRequest.GET("/api/companies/export.csv")
                .bearerAuth(organiser.token()), String.class).split("\r?\n"));
        assertThat(exported.get(0)).contains(String.join(",", CompanyCsv.TEMPLATE));
        String good = exported.stream().filter(l -> l.startsWith("good-1,")).findFirst().orElseThrow();
        assertThat(good).contains("良品工業", "JP-27", "cutting", "unknown craft");
    }

    @Test
    void anExportImportsBackUnchangedWithFormulaCellsNeutralisedInTheFile() {
        importAndWait("template.csv", (String.join(",", CompanyCsv.TEMPLATE) + "\n"
                + row("round-trip", "往復工業", "MANUFACTURING", "JP", "JP-13", "12", "溶接") + "\n"
                + row("formula", "\"=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\"", "MANUFACTURING", "JP", "",
                "", "@SUM(A1)")).getBytes(StandardCharsets.UTF_8));
        byte[] export = client.retrieve(HttpRequest.GET("/api/companies/export.csv").bearerAuth(organiser.token()),
                byte[].class);
        String exported = new String(export, StandardCharsets.UTF_8);
        assertThat(exported).contains("formula,SME,\"'=HYPERLINK(", ",'@SUM(A1)").doesNotContain(",\"=HYPERLINK",
                ",@SUM");
        ImportJob reimport = importAndWait("export.csv", export);
        assertThat(reimport.rejected()).as(String.valueOf(reimport.problems())).isZero();
        assertThat(reimport.created()).isZero();
        assertThat(reimport.unchanged()).isEqualTo(reimport.total());
    }

    @Test
    void anImportCannotTakeOverAProfileThatItsMembersRegistered() {
        AccountService.Session member = Accounts.signUp(client, "SME", "自社登録精密");
        String id = member.user().companyId().toString();
        client.retrieve(Api.adminPostJson("/api/companies/" + id + "/verification", "{\"verified\": true}"),
                Map.class);
        ImportJob takeover = importAndWait("takeover.csv", (String.join(",", CompanyCsv.TEMPLATE) + "\n"
                + row(id, "乗っ取り商事", "MANUFACTURING", "JP", "", "", "").replaceFirst(",,", ",LARGE_FIRM,"))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(takeover.created()).isZero();
        assertThat(takeover.updated()).isZero();
        assertThat(takeover.rejected()).isEqualTo(1);
        assertThat(takeover.problems()).extracting(p -> p.row() + " " + p.field() + " " + p.code())
                .containsExactly("2 key not_imported");
        CompanyView after = companies.find(member.user().companyId()).orElseThrow();
        assertThat(after.names().ja()).isEqualTo("自社登録精密");
        assertThat(after.kind()).isEqualTo("SME");
        assertThat(after.verified()).isTrue();
    }

    @Test
    void anAdminMayUpdateAProfileByItsExportedIdButNeverItsKindOrBadge() {
        AccountService.Session admin = Accounts.staff(accounts, client, Role.ADMIN);
        AccountService.Session member = Accounts.signUp(client, "SME", "管理者更新精密");
        String id = member.user().companyId().toString();
        client.retrieve(Api.adminPostJson("/api/companies/" + id + "/verification", "{\"verified\": true}"),
                Map.class);
        String header = String.join(",", CompanyCsv.TEMPLATE) + "\n";
        ImportJob rename = importAndWait("by-id.csv", (header + row(id, "管理者更新精密株式会社", "MANUFACTURING", "JP",
                "", "", "")).getBytes(StandardCharsets.UTF_8), admin);
        assertThat(rename.updated()).isEqualTo(1);
        ImportJob kind = importAndWait("by-id.csv", (header + row(id, "管理者更新精密株式会社", "MANUFACTURING", "JP",
                "", "", "").replaceFirst(",,", ",LARGE_FIRM,")).getBytes(StandardCharsets.UTF_8), admin);
        assertThat(kind.problems()).extracting(p -> p.row() + " " + p.field() + " " + p.code())
                .containsExactly("2 kind immutable");
        CompanyView after = companies.find(member.user().companyId()).orElseThrow();
        assertThat(after.names().ja()).isEqualTo("管理者更新精密株式会社");
        assertThat(after.kind()).isEqualTo("SME");
        assertThat(after.verified()).isTrue();
    }

    @Test
    void tenThousandRowsImportWithProgressAlongTheWay() {
        StringBuilder csv = new StringBuilder(String.join(",", CompanyCsv.TEMPLATE)).append('\n');
        String run = UUID.randomUUID().toString().substring(0, 6);
        String[] words = {"切削加工", "金型", "表面処理", "machining", "溶接", "注塑成型"};
        for (int i = 0; i < 10_000; i++) {
            csv.append(row("bulk-" + run + "-" + i, "量産工業" + i, i % 2 == 0 ? "MANUFACTURING" : "WHOLESALE", "JP",
                    "JP-" + String.format("%02d", 1 + i % 47), String.valueOf(10 + i % 500), words[i % words.length]))
                    .append('\n');
        }
        long begin = System.nanoTime();
        ImportJob job = start("bulk.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        List<Integer> progress = new ArrayList<>();
        while (!job.status().equals("DONE") && !job.status().equals("FAILED")) {
            sleep(200);
            job = client.retrieve(HttpRequest.GET("/api/imports/" + job.id()).bearerAuth(organiser.token()),
                    ImportJob.class);
            progress.add(job.processed());
        }
        long millis = Duration.ofNanos(System.nanoTime() - begin).toMillis();
        System.out.printf("Import of 10,000 template rows: %d ms (%.0f rows/s)%n", millis, 10_000_000.0 / millis);
        assertThat(job.status()).isEqualTo("DONE");
        assertThat(job.created()).isEqualTo(10_000);
        assertThat(progress).as("progress seen while it ran").anyMatch(p -> p > 0 && p < 10_000);
    }

    @Test
    void aFileOfNeitherFormatIsRejectedAtOnce() {
        Api.Result result = Api.send(client, upload("other.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.error().errors()).anyMatch(e -> e.field().equals("file") && e.code().equals("unknown_format"));
    }

    private static String row(String key, String nameJa, String industry, String country, String region,
                              String employees, String technologies) {
        List<String> cells = new ArrayList<>();
        for (String column : CompanyCsv.TEMPLATE) {
            cells.add(switch (column) {
                case "key" -> key;
                case "name_ja" -> nameJa;
                case "industry" -> industry;
                case "country" -> country;
                case "region" -> region;
                case "employees" -> employees;
                case "technologies" -> technologies;
                default -> "";
            });
        }
        return String.join(",", cells);
    }

    private ImportJob importAndWait(String name, byte[] content) {
        return importAndWait(name, content, organiser);
    }

    private ImportJob importAndWait(String name, byte[] content, AccountService.Session as) {
        ImportJob job = client.retrieve(upload(name, content, as), ImportJob.class);
        for (int i = 0; i < 600 && job.status().equals("RUNNING"); i++) {
            sleep(100);
            job = jobs.findById(job.id()).orElseThrow();
        }
        return job;
    }

    private ImportJob start(String name, byte[] content) {
        return client.retrieve(upload(name, content), ImportJob.class);
    }

    private io.micronaut.http.MutableHttpRequest<?> upload(String name, byte[] content) {
        return upload(name, content, organiser);
    }

    private io.micronaut.http.MutableHttpRequest<?> upload(String name, byte[] content, AccountService.Session as) {
        return HttpRequest.POST("/api/imports", MultipartBody.builder().addPart("file", name,
                MediaType.TEXT_CSV_TYPE, content).build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .bearerAuth(as.token());
    }

    private static Path company300() {
        Path shared = Path.of(System.getProperty("musubi.local.dir", ".musubi")).toAbsolutePath().getParent()
                .resolve("backend/src/main/resources/demo/company300.csv");
        return shared;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
