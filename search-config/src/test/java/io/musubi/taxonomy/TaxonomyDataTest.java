package io.musubi.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checks the shape and consistency of the taxonomy data files under {@code taxonomy/} on the classpath. */
class TaxonomyDataTest {
    private static final List<String> LANGUAGES = List.of("ja", "zh", "en");
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CN_CODE = Pattern.compile("CN-[A-Z]{2}");

    private static JsonNode technologies;
    private static JsonNode regions;

    @BeforeAll
    static void load() {
        technologies = read("taxonomy/technologies.json");
        regions = read("taxonomy/regions.json");
    }

    private static JsonNode read(String resource) {
        try (InputStream in = TaxonomyDataTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("classpath resource %s", resource).isNotNull();
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> groups() {
        List<JsonNode> groups = new ArrayList<>();
        technologies.path("groups").forEach(groups::add);
        return groups;
    }

    private static List<JsonNode> terms() {
        List<JsonNode> terms = new ArrayList<>();
        groups().forEach(group -> group.path("terms").forEach(terms::add));
        return terms;
    }

    private static List<JsonNode> regionsOf(String country) {
        List<JsonNode> list = new ArrayList<>();
        regions.path("countries").path(country).forEach(list::add);
        return list;
    }

    private static String label(JsonNode node, String language) {
        return node.path("labels").path(language).asText("");
    }

    private static List<String> aliases(JsonNode node, String language) {
        List<String> list = new ArrayList<>();
        node.path("aliases").path(language).forEach(alias -> list.add(alias.asText("")));
        return list;
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private static JsonNode region(String code) {
        List<JsonNode> all = new ArrayList<>(regionsOf("JP"));
        all.addAll(regionsOf("CN"));
        return all.stream().filter(r -> r.path("code").asText().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no region " + code));
    }

    // --- technologies.json ---

    @Test
    void technologiesHaveAtLeast150Terms() {
        assertThat(terms()).hasSizeGreaterThanOrEqualTo(150);
    }

    @Test
    void technologiesHaveAtLeast10GroupsEachWithTerms() {
        assertThat(groups()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(groups()).allSatisfy(group ->
                assertThat(group.path("terms").size()).as("terms of %s", group.path("code").asText()).isPositive());
    }

    @Test
    void everyGroupAndTermHasJapaneseChineseAndEnglishLabels() {
        List<JsonNode> nodes = new ArrayList<>(groups());
        nodes.addAll(terms());
        assertThat(nodes).allSatisfy(node -> {
            for (String language : LANGUAGES) {
                assertThat(label(node, language)).as("%s label of %s", language, node.path("code").asText())
                        .isNotBlank();
            }
        });
    }

    @Test
    void everyAliasIsNonBlankAndInAKnownLanguage() {
        assertThat(terms()).allSatisfy(term -> {
            term.path("aliases").fieldNames().forEachRemaining(language ->
                    assertThat(LANGUAGES).as("alias language of %s", term.path("code").asText()).contains(language));
            for (String language : LANGUAGES) {
                assertThat(aliases(term, language)).as("%s aliases of %s", language, term.path("code").asText())
                        .allSatisfy(alias -> assertThat(alias).isNotBlank());
            }
        });
    }

    @Test
    void groupAndTermCodesAreUniqueKebabCaseAscii() {
        List<String> codes = new ArrayList<>();
        groups().forEach(group -> codes.add(group.path("code").asText("")));
        terms().forEach(term -> codes.add(term.path("code").asText("")));
        assertThat(codes).allSatisfy(code -> assertThat(code).matches(CODE));
        assertThat(codes).doesNotHaveDuplicates();
    }

    @Test
    void noTwoTermsShareALabelInTheSameLanguage() {
        for (String language : LANGUAGES) {
            Map<String, String> owner = new HashMap<>();
            for (JsonNode term : terms()) {
                String code = term.path("code").asText();
                String previous = owner.putIfAbsent(key(label(term, language)), code);
                assertThat(previous).as("%s label '%s' of %s is also the label of", language, label(term, language), code)
                        .isNull();
            }
        }
    }

    /** Names are resolved in any language at once (NFKC, case-insensitive), so 研磨 may not mean two terms. */
    @Test
    void noLabelOrAliasNamesTwoDifferentTermsInAnyLanguage() {
        Map<String, String> owner = new HashMap<>();
        for (JsonNode term : terms()) {
            String code = term.path("code").asText();
            for (String language : LANGUAGES) {
                List<String> names = new ArrayList<>(aliases(term, language));
                names.add(label(term, language));
                for (String name : names) {
                    String normalized = key(Normalizer.normalize(name, Normalizer.Form.NFKC));
                    String previous = owner.putIfAbsent(normalized, code);
                    assertThat(previous == null || previous.equals(code))
                            .as("%s name '%s' of %s also names %s", language, name, code, previous).isTrue();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource({
        "切削加工, 切削加工, machining",
        "精密板金, 精密钣金, precision sheet metal",
        "表面処理, 表面处理, surface treatment",
        "射出成形, 注塑成型, injection moulding",
        "めっき, 电镀, plating",
        "5軸加工, 五轴加工, 5-axis machining",
    })
    void coreTermsCarryTheWordsEngineersWrite(String ja, String zh, String en) {
        assertThat(terms()).anySatisfy(term -> {
            assertThat(label(term, "ja")).isEqualTo(ja);
            assertThat(label(term, "zh")).isEqualTo(zh);
            assertThat(label(term, "en")).isEqualToIgnoringCase(en);
        });
    }

    @Test
    void mouldAndDieIsKanagataInJapaneseAndMujuInChinese() {
        assertThat(terms()).anySatisfy(term -> {
            assertThat(label(term, "ja")).isEqualTo("金型");
            assertThat(label(term, "zh")).isEqualTo("模具");
        });
    }

    // --- regions.json ---

    @Test
    void japanHasAll47PrefecturesFromJp01ToJp47InOrder() {
        List<String> expected = IntStream.rangeClosed(1, 47).mapToObj(i -> String.format("JP-%02d", i)).toList();
        assertThat(regionsOf("JP")).extracting(r -> r.path("code").asText()).containsExactlyElementsOf(expected);
    }

    @Test
    void japanesePrefectureLabelsCarryTheirOfficialSuffix() {
        assertThat(regionsOf("JP")).allSatisfy(r -> assertThat(label(r, "ja")).matches(".+[都道府県]"));
        assertThat(regionsOf("JP")).allSatisfy(r -> assertThat(label(r, "zh")).matches(".+[都道府县]"));
    }

    @Test
    void chinaHas34ProvincialLevelDivisionsWithUniqueIsoCodesInIsoOrder() {
        List<String> codes = regionsOf("CN").stream().map(r -> r.path("code").asText()).toList();
        assertThat(codes).hasSize(34).doesNotHaveDuplicates().isSorted()
                .allSatisfy(code -> assertThat(code).matches(CN_CODE))
                .contains("CN-BJ", "CN-SH", "CN-GD", "CN-JS", "CN-ZJ", "CN-TW", "CN-HK", "CN-MO");
    }

    @Test
    void everyRegionHasJapaneseChineseAndEnglishLabels() {
        List<JsonNode> all = new ArrayList<>(regionsOf("JP"));
        all.addAll(regionsOf("CN"));
        assertThat(all).allSatisfy(r -> {
            for (String language : LANGUAGES) {
                assertThat(label(r, language)).as("%s label of %s", language, r.path("code").asText()).isNotBlank();
            }
        });
    }

    @Test
    void noTwoRegionsShareALabelInTheSameLanguage() {
        List<JsonNode> all = new ArrayList<>(regionsOf("JP"));
        all.addAll(regionsOf("CN"));
        for (String language : LANGUAGES) {
            Set<String> seen = new HashSet<>();
            for (JsonNode r : all) {
                assertThat(seen.add(key(label(r, language))))
                        .as("%s label '%s' of %s is repeated", language, label(r, language), r.path("code").asText())
                        .isTrue();
            }
        }
    }

    @Test
    void regionSpotChecks() {
        assertThat(label(region("JP-27"), "ja")).isEqualTo("大阪府");
        assertThat(label(region("JP-13"), "en")).isEqualTo("Tokyo");
        assertThat(label(region("JP-01"), "ja")).isEqualTo("北海道");
        assertThat(label(region("JP-47"), "ja")).isEqualTo("沖縄県");
        assertThat(label(region("CN-GD"), "zh")).isEqualTo("广东省");
        assertThat(label(region("CN-GD"), "ja")).isEqualTo("広東省");
        assertThat(label(region("CN-BJ"), "en")).isEqualTo("Beijing");
    }
}
