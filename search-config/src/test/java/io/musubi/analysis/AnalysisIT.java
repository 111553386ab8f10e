package io.musubi.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.musubi.search.local.LocalElasticsearch;
import io.musubi.search.local.TestNodes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analyzers and mappings of search-config, on a real node with the musubi-analysis plugin installed. */
class AnalysisIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PREFIX = "it-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private static final List<String> COMPONENTS = List.of("analysis");
    private static LocalElasticsearch node;
    private static String index;

    @BeforeAll
    static void createIndexFromTheTemplates() throws Exception {
        node = TestNodes.shared();
        ObjectNode companies = resource("/search/index-templates/companies.json");
        // the shared fields, merged in as the backend does (SearchIndexes.template)
        ObjectNode properties = (ObjectNode) companies.with("template").with("mappings").with("properties");
        resource("/search/mappings/listing-fields.json").path("mappings").path("properties").fields()
                .forEachRemaining(f -> properties.set(f.getKey(), f.getValue()));
        companies.remove("_meta");
        companies.putArray("index_patterns").add(PREFIX + "companies-*");
        var composedOf = companies.putArray("composed_of");
        for (String component : COMPONENTS) {
            ObjectNode template = resource("/search/component-templates/" + component + ".json");
            template.remove("_meta");
            send("PUT", "/_component_template/" + PREFIX + component, template, 200);
            composedOf.add(PREFIX + component);
        }
        send("PUT", "/_index_template/" + PREFIX + "companies", companies, 200);
        index = PREFIX + "companies-v1";
        send("PUT", "/" + index, JSON.createObjectNode(), 200);
    }

    @AfterAll
    static void dropIndexAndTemplates() throws Exception {
        send("DELETE", "/" + index, null, 200);
        send("DELETE", "/_index_template/" + PREFIX + "companies", null, 200);
        for (String component : COMPONENTS) {
            send("DELETE", "/_component_template/" + PREFIX + component, null, 200);
        }
    }

    @Test
    void japaneseSearchModeSplitsACompoundIntoWords() throws Exception {
        assertThat(analyze("musubi_ja", "精密切削加工")).containsExactly("精密", "切削", "加工");
    }

    @Test
    void japaneseChainFoldsTheLongVowelMark() throws Exception {
        assertThat(analyze("musubi_ja", "サーバー")).isEqualTo(analyze("musubi_ja", "サーバ")).containsExactly("サーバ");
    }

    @Test
    void halfWidthKatakanaBecomesFullWidth() throws Exception {
        assertThat(analyze("musubi_ja", "ｶﾀｶﾅ")).isEqualTo(analyze("musubi_ja", "カタカナ")).isNotEmpty();
        assertThat(analyze("musubi_cjk", "ｶﾀｶﾅ")).isEqualTo(analyze("musubi_cjk", "カタカナ"));
    }

    @Test
    void fullWidthLatinBecomesLowercaseAscii() throws Exception {
        assertThat(analyze("musubi_ja", "株式会社ＮＩＳＨＩＨＡＲＡ")).contains("nishihara");
    }

    @Test
    void japaneseBaseFormAndParticles() throws Exception {
        List<String> tokens = analyze("musubi_ja", "金属を加工しました");
        assertThat(tokens).contains("金属", "加工").doesNotContain("を", "ました");
    }

    @Test
    void chineseIsSegmentedIntoWords() throws Exception {
        assertThat(analyze("musubi_zh", "精密加工")).containsExactly("精密", "加工");
        List<String> designation = analyze("musubi_zh", "专精特新企业");
        assertThat(designation).contains("企业").hasSizeGreaterThan(1).doesNotContain("专精特新企业");
        assertThat(analyze("musubi_zh", "我们是一家模具制造企业。")).contains("模具", "制造", "企业").doesNotContain("。");
    }

    @Test
    void englishStemsPossessivesAndStopWords() throws Exception {
        assertThat(analyze("musubi_en", "machining")).isEqualTo(analyze("musubi_en", "machined"));
        assertThat(analyze("musubi_en", "Toyota's machines and the Café")).containsExactly("toyota", "machin", "cafe");
    }

    @Test
    void cjkFallbackMakesBigrams() throws Exception {
        assertThat(analyze("musubi_cjk", "精密加工")).containsExactly("精密", "密加", "加工");
    }

    @Test
    void searchTimeSynonymsExpandAcrossLanguages() throws Exception {
        // kuromoji's search mode splits 金型 and 模具 into single characters, so the rules are tokenised the same way
        assertThat(analyze("musubi_ja_search", "模具")).contains("金", "型", "mould");
        assertThat(analyze("musubi_zh_search", "金型")).contains("模具", "mould");
        assertThat(analyze("musubi_en_search", "mould")).contains("mold", "die");
        assertThat(analyze("musubi_ja", "模具")).doesNotContain("mould");
    }

    @Test
    void suggestionChainIndexesPrefixes() throws Exception {
        assertThat(analyze("musubi_suggest", "Ｍusubi")).contains("m", "mu", "mus", "musubi");
        assertThat(analyze("musubi_suggest_search", "MUS")).containsExactly("mus");
    }

    @Test
    void searchFindsDocumentsAcrossWidthLongVowelAndStemming() throws Exception {
        index("1", Map.of("name", Map.of("ja", "株式会社ＮＩＳＨＩＨＡＲＡ")));
        index("2", Map.of("name", Map.of("ja", "サーバー工業"), "description", Map.of("ja", "ｶﾀｶﾅ表記の部品")));
        index("3", Map.of("name", Map.of("en", "Acme Precision"),
                "description", Map.of("en", "Precision parts machined to order")));
        index("4", Map.of("name", Map.of("zh", "苏州模具有限公司"), "description", Map.of("zh", "专精特新企业，精密加工")));
        index("5", Map.of("name", Map.of("ja", "東邦プレス"), "description", Map.of("ja", "プレス金型の設計と製作")));
        send("POST", "/" + index + "/_refresh", null, 200);

        assertThat(search("nishihara")).containsExactly("1");
        assertThat(search("サーバ")).containsExactly("2");
        assertThat(search("カタカナ")).containsExactly("2");
        assertThat(search("machining")).containsExactly("3");
        assertThat(search("模具")).containsExactlyInAnyOrder("4", "5");
        assertThat(search("金型")).containsExactlyInAnyOrder("4", "5");
        assertThat(search("mould")).containsExactlyInAnyOrder("4", "5");
    }

    private static List<String> search(String text) throws Exception {
        ObjectNode query = JSON.createObjectNode();
        ObjectNode multiMatch = query.putObject("query").putObject("multi_match");
        multiMatch.put("query", text);
        multiMatch.putArray("fields").add("name.*").add("description.*");
        JsonNode hits = send("POST", "/" + index + "/_search", query, 200).path("hits").path("hits");
        List<String> ids = new ArrayList<>();
        hits.forEach(hit -> ids.add(hit.path("_id").asText()));
        return ids;
    }

    private static void index(String id, Map<String, Object> document) throws Exception {
        send("PUT", "/" + index + "/_doc/" + id, JSON.valueToTree(document), 201);
    }

    private static List<String> analyze(String analyzer, String text) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("analyzer", analyzer).put("text", text);
        List<String> tokens = new ArrayList<>();
        send("POST", "/" + index + "/_analyze", body, 200).path("tokens")
                .forEach(token -> tokens.add(token.path("token").asText()));
        return tokens;
    }

    private static JsonNode send(String method, String path, JsonNode body, int expectedStatus) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(node.url() + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + " → " + response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    private static ObjectNode resource(String path) throws IOException {
        try (InputStream in = AnalysisIT.class.getResourceAsStream(path)) {
            return (ObjectNode) JSON.readTree(in);
        }
    }
}
