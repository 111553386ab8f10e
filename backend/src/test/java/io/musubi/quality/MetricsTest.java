package io.musubi.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {
    private static final Map<String, Integer> JUDGED = Map.of("a", 3, "b", 2, "c", 1);

    @Test
    void theIdealRankingScoresOneAndAReversedOneLess() {
        assertThat(Metrics.ndcg(List.of("a", "b", "c"), JUDGED, 10)).isEqualTo(1.0);
        assertThat(Metrics.ndcg(List.of("c", "b", "a"), JUDGED, 10)).isCloseTo(0.681, within(0.001));
        assertThat(Metrics.ndcg(List.of("x", "y"), JUDGED, 10)).isZero();
    }

    @Test
    void nothingBelowTheCutOffCounts() {
        assertThat(Metrics.ndcg(List.of("x", "a"), JUDGED, 1)).isZero();
        assertThat(Metrics.recall(List.of("x", "a", "b"), JUDGED, 2)).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(Metrics.recall(List.of("a", "b", "c"), JUDGED, 20)).isEqualTo(1.0);
    }
}
