package io.musubi.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading intent words out of a query (search-config's search/intents/intents.json). */
class IntentsTest {
    private final Intents intents = new Intents();

    @Test
    void idleCapacityWordsInChineseJapaneseAndEnglishAskForListings() {
        assertThat(intents.read("闲置产能 注塑机")).isEqualTo(new Intents.Reading("capacity", "注塑机"));
        assertThat(intents.read("遊休設備 5軸")).isEqualTo(new Intents.Reading("capacity", "5軸"));
        assertThat(intents.read("Idle capacity injection moulding"))
                .isEqualTo(new Intents.Reading("capacity", "injection moulding"));
        assertThat(intents.read("閑置产能注塑机").kind()).as("without a space").isEqualTo("capacity");
        assertThat(intents.read("遊休 熱処理炉")).as("'idle' alone").isEqualTo(new Intents.Reading("capacity", "熱処理炉"));
        assertThat(intents.read("闲置 SMT贴片线").kind()).isEqualTo("capacity");
        assertThat(intents.read("闲置 SMT贴片线").rest()).isEqualToIgnoringCase("SMT贴片线");
        assertThat(intents.read("vacant factory floor Aichi").kind()).isEqualTo("capacity");
        assertThat(intents.read("spare parts for presses").kind()).as("'spare' alone is no intent: spare parts")
                .isNull();
    }

    @Test
    void supplierSearchesAskForNeedsAndContractWordsForProfiles() {
        assertThat(intents.read("looking for supplier aluminium die casting"))
                .isEqualTo(new Intents.Reading("need", "aluminium die casting"));
        assertThat(intents.read("采购需求 铝压铸").kind()).isEqualTo("need");
        assertThat(intents.read("受託 切削加工")).as("how profiles describe themselves: kept")
                .isEqualTo(new Intents.Reading("company", "受託 切削加工"));
        assertThat(intents.read("contract manufacturer PCB assembly").kind()).isEqualTo("company");
    }

    @Test
    void aQueryWithoutIntentStaysAsTypedAndLatinWordsMustStandAlone() {
        assertThat(intents.read("精密板金")).isEqualTo(new Intents.Reading(null, "精密板金"));
        assertThat(intents.read("Systems integration")).as("'ems' inside a word is no intent")
                .isEqualTo(new Intents.Reading(null, "Systems integration"));
        assertThat(intents.read("EMS")).isEqualTo(new Intents.Reading("company", "EMS"));
    }
}
