package io.musubi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HighlightsTest {
    private static final String PRE = Highlights.PRE;
    private static final String POST = Highlights.POST;

    @Test
    void adjacentMatchedTokensBecomeOneMark() {
        assertThat(Highlights.segments("高" + PRE + "精密" + POST + PRE + "加工" + POST + "の工場")).containsExactly(
                new SearchResults.Segment("高", false), new SearchResults.Segment("精密加工", true),
                new SearchResults.Segment("の工場", false));
    }

    @Test
    void anUnclosedMarkRunsToTheEnd() {
        assertThat(Highlights.segments("a " + PRE + "b c")).containsExactly(new SearchResults.Segment("a ", false),
                new SearchResults.Segment("b c", true));
    }

    @Test
    void theLanguageFieldIsPreferredToItsBigramsAndKeywordsHaveNoLanguage() {
        List<SearchResults.Highlight> highlights = Highlights.of(Map.of(
                "name.zh.cjk", List.of(PRE + "精密" + POST),
                "name.ja", List.of(PRE + "精密" + POST + "工業"),
                "keywords.ja", List.of(PRE + "金型" + POST),
                "technology_labels.en", List.of(PRE + "milling" + POST)));
        assertThat(highlights).extracting(SearchResults.Highlight::field, SearchResults.Highlight::language)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "ja"),
                        org.assertj.core.groups.Tuple.tuple("technologies", "en"),
                        org.assertj.core.groups.Tuple.tuple("keywords", null));
    }
}
