package io.musubi.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The neighbours of taxonomy/regions.json and the check that refuses one-sided or foreign neighbours. */
class RegionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void neighboursOfTheRealFileAreSymmetricAndKnown() {
        Regions regions = new Regions();
        assertThat(regions.neighbours("JP-23")).containsExactlyInAnyOrder("JP-20", "JP-21", "JP-22", "JP-24");
        assertThat(regions.neighbours("CN-JS")).containsExactlyInAnyOrder("CN-SH", "CN-ZJ", "CN-AH", "CN-SD");
        assertThat(regions.neighbours("JP-47")).isEmpty();
        assertThat(regions.neighbours("Bavaria")).isEmpty();
        assertThat(regions.neighbours(null)).isEmpty();
        for (String country : new String[] {"JP", "CN"}) {
            for (Regions.Region region : regions.of(country)) {
                for (String other : regions.neighbours(region.code())) {
                    assertThat(regions.neighbours(other)).as(other + " names " + region.code()).contains(region.code());
                }
            }
        }
    }

    @Test
    void aOneSidedNeighbourIsRefusedWithBothCodes() throws Exception {
        JsonNode root = JSON.readTree("""
                {"countries": {"JP": [
                  {"code": "JP-21", "labels": {"ja": "岐阜県", "zh": "岐阜县", "en": "Gifu"}, "neighbours": ["JP-23"]},
                  {"code": "JP-23", "labels": {"ja": "愛知県", "zh": "爱知县", "en": "Aichi"}, "neighbours": []}]}}""");
        assertThatThrownBy(() -> new Regions(root)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("regions.json").hasMessageContaining("JP-21 names JP-23 as a neighbour, but JP-23");
    }

    @Test
    void aNeighbourInAnotherCountryIsRefused() throws Exception {
        JsonNode root = JSON.readTree("""
                {"countries": {"JP": [{"code": "JP-42", "labels": {"en": "Nagasaki"}, "neighbours": ["CN-SH"]}],
                               "CN": [{"code": "CN-SH", "labels": {"en": "Shanghai"}, "neighbours": ["JP-42"]}]}}""");
        assertThatThrownBy(() -> new Regions(root)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JP-42 names CN-SH, not another region of its country");
    }
}
