package io.musubi.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the shape and the coverage of {@code taxonomy/uses.json}, the "used by" relations from a resource that a
 * capacity listing offers to the companies that would use it. The backend's {@code io.musubi.taxonomy.Uses} refuses
 * unknown codes, self-relations, duplicates and cycles at start; this test keeps the data honest where it is edited.
 *
 * <p><b>Coverage rule.</b> Every taxonomy term is a resource (some company could rent out or share it: a machine, a
 * process line, a furnace, a press, a test or measurement, a clean room, a warehouse, design or software capacity)
 * unless it is in the {@code materials} group (a material is not rented out, but material terms may still appear as
 * users or as the resource "difficult-to-cut-materials") or is one of the {@link #NOT_RESOURCES}: finished medical
 * products, food ingredients and pure services that nobody offers as capacity. Every other term must be the resource of
 * at least one relation, i.e. 100% of the equipment and process terms; the exceptions are listed by code so that a
 * reviewer sees each one, and they may not grow beyond 5% of the terms.
 */
class UsesDataTest {
    private static final List<String> LANGUAGES = List.of("ja", "zh", "en");
    /** The values of io.musubi.opportunity.Capacity.Kind (the backend's enum is not visible from search-config). */
    private static final List<String> KINDS = List.of("EQUIPMENT", "TEST_LAB", "CLEAN_ROOM", "SPACE", "PRODUCTION");
    private static final String MATERIALS_GROUP = "materials";
    /** Terms outside the materials group that are not resources: products and services, not rentable capacity. */
    static final Set<String> NOT_RESOURCES = Set.of(
            "surgical-instruments", "orthopaedic-implants", "dental-devices", "catheters", "in-vitro-diagnostics",
            "assistive-devices", "medical-regulatory", "functional-ingredients", "procurement-services");
    private static final int MAX_WHY = 60;
    private static final Pattern KANA = Pattern.compile("[\\u3040-\\u30ff]");
    private static final Pattern JAPANESE = Pattern.compile("[\\u3040-\\u30ff\\u4e00-\\u9fff]");
    private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x20-\\x7e]+");

    private static String text;
    private static JsonNode uses;
    private static Map<String, String> groupOfTerm;
    private static Map<String, List<String>> termsOfGroup;

    @BeforeAll
    static void load() {
        text = read("taxonomy/uses.json");
        try {
            uses = new ObjectMapper().readTree(text);
            JsonNode technologies = new ObjectMapper().readTree(read("taxonomy/technologies.json"));
            groupOfTerm = new HashMap<>();
            termsOfGroup = new HashMap<>();
            for (JsonNode group : technologies.path("groups")) {
                List<String> terms = new ArrayList<>();
                for (JsonNode term : group.path("terms")) {
                    terms.add(term.path("code").asText());
                    groupOfTerm.put(term.path("code").asText(), group.path("code").asText());
                }
                termsOfGroup.put(group.path("code").asText(), terms);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = UsesDataTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("classpath resource %s", resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> relations() {
        List<JsonNode> list = new ArrayList<>();
        uses.path("uses").forEach(list::add);
        return list;
    }

    private static String describe(JsonNode relation) {
        return relation.path("resource").asText() + " → " + relation.path("user").asText();
    }

    @Test
    void metaNamesTheLanguagesAndAVersion() {
        assertThat(uses.path("_meta").path("description").asText()).isNotBlank();
        List<String> languages = new ArrayList<>();
        uses.path("_meta").path("languages").forEach(l -> languages.add(l.asText()));
        assertThat(languages).containsExactlyElementsOf(LANGUAGES);
        assertThat(uses.path("_meta").path("version").isInt()).isTrue();
    }

    @Test
    void thereAreHundredsOfRelations() {
        assertThat(uses.path("uses").isArray()).isTrue();
        assertThat(relations()).hasSizeBetween(400, 1200);
    }

    @Test
    void eachRelationIsOnItsOwnLine() {
        List<String> lines = text.lines().filter(line -> line.strip().startsWith("{\"resource\"")).toList();
        assertThat(lines).hasSameSizeAs(relations());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String json = line.endsWith(",") ? line.substring(0, line.length() - 1) : line;
            try {
                assertThat(new ObjectMapper().readTree(json)).as("line %s", line).isEqualTo(relations().get(i));
            } catch (IOException e) {
                throw new AssertionError("not one relation on its line: " + line, e);
            }
        }
    }

    @Test
    void eachRelationHasResourceUserAndAShortReasonInEveryLanguage() {
        assertThat(relations()).allSatisfy(relation -> {
            List<String> fields = new ArrayList<>();
            relation.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).as("fields of %s", describe(relation)).containsExactly("resource", "user", "why");
            List<String> languages = new ArrayList<>();
            relation.path("why").fieldNames().forEachRemaining(languages::add);
            assertThat(languages).as("why of %s", describe(relation)).containsExactlyElementsOf(LANGUAGES);
            for (String language : LANGUAGES) {
                String why = relation.path("why").path(language).asText("");
                assertThat(why).as("why.%s of %s", language, describe(relation)).isNotBlank().isEqualTo(why.strip())
                        .hasSizeLessThanOrEqualTo(MAX_WHY);
            }
            JsonNode why = relation.path("why");
            assertThat(JAPANESE.matcher(why.path("ja").asText()).find()).as("ja of %s", describe(relation)).isTrue();
            assertThat(KANA.matcher(why.path("zh").asText()).find()).as("kana in zh of %s", describe(relation)).isFalse();
            assertThat(why.path("en").asText()).as("en of %s", describe(relation)).matches(PRINTABLE_ASCII);
        });
    }

    @Test
    void resourcesAreTermsOrCapacityKindsAndUsersAreTermsOrGroups() {
        assertThat(relations()).allSatisfy(relation -> {
            String resource = relation.path("resource").asText();
            String user = relation.path("user").asText();
            if (resource.startsWith("kind:")) {
                assertThat(KINDS).as("kind of %s", describe(relation)).contains(resource.substring("kind:".length()));
            } else {
                assertThat(groupOfTerm).as("resource of %s", describe(relation)).containsKey(resource);
            }
            if (user.startsWith("group:")) {
                assertThat(termsOfGroup).as("group of %s", describe(relation)).containsKey(user.substring("group:".length()));
            } else {
                assertThat(groupOfTerm).as("user of %s", describe(relation)).containsKey(user);
            }
        });
    }

    @Test
    void noSelfRelationsAndNoDuplicates() {
        Set<String> seen = new HashSet<>();
        assertThat(relations()).allSatisfy(relation -> {
            String resource = relation.path("resource").asText();
            String user = relation.path("user").asText();
            assertThat(user).as("self-relation").isNotEqualTo(resource);
            if (user.startsWith("group:")) {
                assertThat(termsOfGroup.get(user.substring("group:".length()))).as("group of %s holds its resource",
                        describe(relation)).doesNotContain(resource);
            }
            assertThat(seen.add(resource + " → " + user)).as("duplicate %s", describe(relation)).isTrue();
        });
    }

    @Test
    void everyCapacityKindHasSeveralUsers() {
        for (String kind : KINDS) {
            long users = relations().stream().filter(r -> r.path("resource").asText().equals("kind:" + kind)).count();
            assertThat(users).as("users of kind:%s", kind).isGreaterThanOrEqualTo(5);
        }
    }

    /** The coverage rule of the class comment: every term but materials and the listed exceptions is a resource. */
    @Test
    void everyResourceLikeTermIsTheResourceOfARelation() {
        Set<String> resources = new HashSet<>();
        relations().forEach(relation -> resources.add(relation.path("resource").asText()));
        Set<String> missing = new LinkedHashSet<>();
        groupOfTerm.forEach((term, group) -> {
            if (!group.equals(MATERIALS_GROUP) && !NOT_RESOURCES.contains(term) && !resources.contains(term)) {
                missing.add(term);
            }
        });
        assertThat(missing).as("resource-like terms that nobody is said to use").isEmpty();
    }

    @Test
    void theExceptionsAreRealTermsAndFew() {
        assertThat(groupOfTerm.keySet()).containsAll(NOT_RESOURCES);
        assertThat(NOT_RESOURCES).allSatisfy(term -> assertThat(groupOfTerm.get(term)).isNotEqualTo(MATERIALS_GROUP));
        assertThat(NOT_RESOURCES.size()).isLessThanOrEqualTo(groupOfTerm.size() * 5 / 100);
    }

    @Test
    void theExamplesOfTheBriefAreThere() {
        assertThat(relations()).extracting(UsesDataTest::describe).contains(
                "metal-3d-printing → injection-mould",
                "kind:CLEAN_ROOM → group:medical-devices",
                "clean-room → group:medical-devices",
                "cmm-measurement → precision-parts",
                "heat-treating → group:machining",
                "heat-treating → forging",
                "injection-moulding → product-design",
                "kind:SPACE → logistics");
    }
}
