package io.musubi.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The relevance test set as a quality gate: the product's search must stay at nDCG@10 ≥ 0.85 and ≥ 30% above a
 * plain standard-analyzer index of the same documents, and recommendations at nDCG@10 ≥ 0.85.
 */
class RelevanceEvaluationTest {
    @Test
    void searchAndRecommendationsMeetTheRelevanceAims() throws Exception {
        try (RelevanceEvaluation evaluation = new RelevanceEvaluation()) {
            RelevanceEvaluation.Figures figures = evaluation.run();
            System.out.println(evaluation.report(figures));
            double[] all = figures.all();
            assertThat(figures.queries()).isGreaterThanOrEqualTo(40);
            assertThat(figures.profiles()).isGreaterThanOrEqualTo(100);
            assertThat(figures.needs()).isGreaterThanOrEqualTo(15);
            assertThat(all[0]).as("product nDCG@10").isGreaterThanOrEqualTo(0.85);
            assertThat(all[0]).as("product vs baseline nDCG@10").isGreaterThanOrEqualTo(all[1] * 1.3);
            assertThat(all[2]).as("product recall@20").isGreaterThan(all[3]);
            assertThat(figures.recommendations()).as("recommendations nDCG@10").isGreaterThanOrEqualTo(0.85);
        }
    }
}
