package io.musubi.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.musubi.opportunity.Capacity;
import io.musubi.taxonomy.Uses.Use;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The "used by" relations of taxonomy/uses.json and the checks that refuse bad data; no application context. */
class UsesTest {
    private static final String FILE = "test-uses.json";
    private static final String WHY = "\"why\": {\"ja\": \"使う\", \"zh\": \"使用\", \"en\": \"uses it\"}";

    private static Taxonomy taxonomy;
    private static Uses uses;

    @BeforeAll
    static void load() {
        taxonomy = new Taxonomy();
        uses = new Uses(taxonomy);
    }

    /** A uses file whose n-th relation (0-based) is on line n + 3. */
    private static String file(String... relations) {
        return "{\"_meta\": {\"version\": 1},\n  \"uses\": [\n    " + String.join(",\n    ", relations) + "\n  ]\n}\n";
    }

    private static String relation(String resource, String user) {
        return "{\"resource\": \"" + resource + "\", \"user\": \"" + user + "\", " + WHY + "}";
    }

    private static Uses load(String json) {
        return new Uses(taxonomy, FILE, json);
    }

    // --- the real file ---

    @Test
    void theRealFileLoadsWithHundredsOfRelations() {
        assertThat(uses.all()).hasSizeGreaterThanOrEqualTo(400);
        assertThat(uses.all()).allSatisfy(use -> {
            assertThat(use.why().ja()).isNotBlank();
            assertThat(use.why().zh()).isNotBlank();
            assertThat(use.why().en()).isNotBlank();
        });
    }

    @Test
    void everyCapacityKindHasAtLeastThreeUsers() {
        for (Capacity.Kind kind : Capacity.Kind.values()) {
            assertThat(uses.usersOf(List.of("kind:" + kind.name()))).as("users of kind:%s", kind).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void metalAdditiveManufacturingIsUsedByMouldMakers() {
        List<Use> users = uses.usersOf(List.of("metal-3d-printing"));
        assertThat(users).extracting(Use::user).contains("injection-mould");
        assertThat(users).anySatisfy(use -> assertThat(uses.termCodes(use.user()))
                .anySatisfy(code -> assertThat(taxonomy.term(code).orElseThrow().group()).isEqualTo("moulds-dies-tooling")));
    }

    @Test
    void aCleanRoomIsUsedByMedicalDevices() {
        assertThat(uses.usersOf(List.of("kind:CLEAN_ROOM"))).extracting(Use::user).contains("group:medical-devices");
        assertThat(uses.usersOf(List.of("clean-room"))).extracting(Use::user).contains("group:medical-devices");
    }

    @Test
    void resourcesForAMedicalDeviceTermIncludeTheCleanRoomThroughItsGroup() {
        assertThat(uses.resourcesFor(List.of("catheters")))
                .anySatisfy(use -> {
                    assertThat(use.resource()).isEqualTo("kind:CLEAN_ROOM");
                    assertThat(use.user()).isEqualTo("group:medical-devices");
                })
                .anySatisfy(use -> assertThat(use.user()).isEqualTo("catheters"));
    }

    @Test
    void usersOfKeepsFileOrderAcrossResourcesWithoutDuplicates() {
        List<Use> found = uses.usersOf(List.of("clean-room", "kind:CLEAN_ROOM", "clean-room"));
        List<Use> expected = uses.all().stream()
                .filter(use -> use.resource().equals("clean-room") || use.resource().equals("kind:CLEAN_ROOM")).toList();
        assertThat(found).containsExactlyElementsOf(expected).doesNotHaveDuplicates();
        assertThat(found.get(0).resource()).isEqualTo("kind:CLEAN_ROOM"); // kinds come first in the file
    }

    @Test
    void termCodesOfAUserSide() {
        assertThat(uses.termCodes("catheters")).containsExactly("catheters");
        assertThat(uses.termCodes("group:medical-devices")).hasSize(11).contains("catheters", "sterilization");
        assertThat(uses.termCodes("group:no-such-group")).isEmpty();
        assertThat(uses.termCodes("no-such-code")).isEmpty();
    }

    // --- refusing bad data, naming the file and the line ---

    @Test
    void aSmallValidFileLoads() {
        Uses small = load(file(relation("kind:CLEAN_ROOM", "group:medical-devices"), relation("cutting", "fasteners")));
        assertThat(small.all()).extracting(Use::resource).containsExactly("kind:CLEAN_ROOM", "cutting");
        assertThat(small.resourcesFor(List.of("sterilization"))).extracting(Use::resource).containsExactly("kind:CLEAN_ROOM");
    }

    @Test
    void anUnknownTaxonomyCodeIsRefused() {
        assertThatThrownBy(() -> load(file(relation("cutting", "fasteners"), relation("cutting", "no-such-term"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(FILE).hasMessageContaining("line 4")
                .hasMessageContaining("unknown taxonomy code 'no-such-term'");
        assertThatThrownBy(() -> load(file(relation("no-such-machine", "fasteners"))))
                .hasMessageContaining(FILE).hasMessageContaining("line 3").hasMessageContaining("'no-such-machine'");
    }

    @Test
    void anUnknownGroupIsRefused() {
        assertThatThrownBy(() -> load(file(relation("cutting", "fasteners"), relation("cutting", "bearings"),
                relation("clean-room", "group:medical"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(FILE).hasMessageContaining("line 5").hasMessageContaining("unknown group 'group:medical'");
    }

    @Test
    void anUnknownCapacityKindIsRefused() {
        assertThatThrownBy(() -> load(file(relation("kind:WAREHOUSE", "logistics"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(FILE).hasMessageContaining("line 3")
                .hasMessageContaining("unknown capacity kind 'kind:WAREHOUSE'").hasMessageContaining("kind:SPACE");
    }

    @Test
    void aReasonMissingALanguageIsRefused() {
        String noChinese = "{\"resource\": \"cutting\", \"user\": \"bearings\", \"why\": {\"ja\": \"使う\", \"en\": \"uses it\"}}";
        String blankEnglish = "{\"resource\": \"cutting\", \"user\": \"fasteners\", \"why\": {\"ja\": \"使う\", \"zh\": \"使用\", \"en\": \" \"}}";
        assertThatThrownBy(() -> load(file(relation("milling", "bearings"), noChinese)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(FILE).hasMessageContaining("line 4").hasMessageContaining("why lacks zh");
        assertThatThrownBy(() -> load(file(blankEnglish)))
                .hasMessageContaining(FILE).hasMessageContaining("line 3").hasMessageContaining("why lacks en");
    }

    @Test
    void aSelfRelationIsRefused() {
        assertThatThrownBy(() -> load(file(relation("cutting", "fasteners"), relation("milling", "milling"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(FILE).hasMessageContaining("line 4").hasMessageContaining("self-relation");
    }

    @Test
    void aDuplicateRelationIsRefused() {
        assertThatThrownBy(() -> load(file(relation("cutting", "fasteners"), relation("milling", "bearings"),
                relation("cutting", "fasteners"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(FILE).hasMessageContaining("line 5")
                .hasMessageContaining("duplicate relation cutting → fasteners (first on line 3)");
    }

    @Test
    void aCycleIsRefusedWithItsCodesAndTheLineThatClosesIt() {
        assertThatThrownBy(() -> load(file(relation("cutting", "milling"), relation("kind:EQUIPMENT", "grinding"),
                relation("milling", "grinding"), relation("grinding", "cutting"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(FILE).hasMessageContaining("line 6")
                .hasMessageContaining("grinding → cutting → milling → grinding")
                .hasMessageContaining("lines 3, 5");
    }

    @Test
    void aGroupCountsAsAllOfItsTermsForTheCycleCheck() {
        assertThatThrownBy(() -> load(file(relation("heat-treating", "fasteners"), relation("cutting", "group:machining"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(FILE).hasMessageContaining("line 4").hasMessageContaining("cutting → cutting");
        assertThatThrownBy(() -> load(file(relation("heat-treating", "group:machining"), relation("grinding", "annealing"),
                relation("annealing", "heat-treating"))))
                .hasMessageContaining(FILE).hasMessageContaining("line 5")
                .hasMessageContaining("annealing → heat-treating → grinding → annealing");
    }

    @Test
    void everyProblemIsListedWithItsLine() {
        assertThatThrownBy(() -> load(file(relation("cutting", "nope"), relation("kind:LAB", "fasteners"),
                relation("cutting", "fasteners"))))
                .hasMessageContaining("2 problems in " + FILE)
                .hasMessageContaining(FILE + " line 3: unknown taxonomy code 'nope'")
                .hasMessageContaining(FILE + " line 4: unknown capacity kind 'kind:LAB'");
    }

    @Test
    void brokenJsonNamesTheLine() {
        assertThatThrownBy(() -> load("{\n  \"uses\": [\n    {\"resource\": \"cutting\",,}\n  ]\n}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(FILE).hasMessageContaining("line 3");
    }
}
