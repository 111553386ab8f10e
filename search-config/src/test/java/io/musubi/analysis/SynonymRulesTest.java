package io.musubi.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymRulesTest {
    @Test
    void buildsAMapFromInlineRulesInEachLanguage() {
        assertThat(SynonymGraphFilter.build(List.of("金型, 模具, mould"), "ja", true, false).fst).isNotNull();
        assertThat(SynonymGraphFilter.build(List.of("模具, 金型"), "zh", true, false).fst).isNotNull();
        assertThat(SynonymGraphFilter.build(List.of("mould, mold, die"), "en", true, false).fst).isNotNull();
    }

    @Test
    void rejectsAnUnknownRulesAnalyzerByName() {
        assertThatThrownBy(() -> SynonymGraphFilter.build(List.of("a, b"), "klingon", true, false))
                .hasMessageContaining("rules_analyzer").hasMessageContaining("klingon");
    }

    @Test
    void aBrokenRuleFailsUnlessLenient() {
        assertThatThrownBy(() -> SynonymGraphFilter.build(List.of("a => "), "en", true, false))
                .hasMessageContaining("cannot parse rule");
        assertThat(SynonymGraphFilter.build(List.of("a => ", "b, c"), "en", true, true).fst).isNotNull();
    }
}
