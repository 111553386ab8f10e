package io.musubi.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.musubi.taxonomy.Uses;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The taxonomy names the kinds of a capacity listing without depending on this feature: the names stay equal. */
class CapacityKindsTest {
    @Test
    void theTaxonomyKnowsEveryKindOfListingByName() {
        assertThat(Arrays.stream(Capacity.Kind.values()).map(Enum::name).toList())
                .containsExactlyElementsOf(Uses.RESOURCE_KINDS);
    }
}
