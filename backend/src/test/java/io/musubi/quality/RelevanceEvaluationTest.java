package io.musubi.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The relevance test set as a quality gate. Search must stay at nDCG@10 ≥ 0.85 and ≥ 30% above a plain
 * standard-analyzer index of the same documents, need → company recommendations at ≥ 0.85. The kinds added with
 * issue 13 are gated at its goals: capacity → company ≥ 0.75, search with intent words and company →
 * needs/capacity ≥ 0.85, each above its plain-text baseline.
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

            RelevanceEvaluation.Kind capacity = figures.kinds().get(RelevanceEvaluation.CAPACITY_TO_COMPANY);
            RelevanceEvaluation.Kind intent = figures.kinds().get(RelevanceEvaluation.INTENT_SEARCH);
            RelevanceEvaluation.Kind company = figures.kinds().get(RelevanceEvaluation.COMPANY_TO_OPPORTUNITIES);
            assertThat(capacity.lists()).isGreaterThanOrEqualTo(25);
            assertThat(intent.lists()).isGreaterThanOrEqualTo(10);
            assertThat(company.lists()).isGreaterThanOrEqualTo(10);
            assertThat(capacity.product()).as("capacity → company nDCG@10").isGreaterThanOrEqualTo(0.75)
                    .isGreaterThan(capacity.baseline());
            assertThat(intent.product()).as("search with intent words nDCG@10").isGreaterThanOrEqualTo(0.85)
                    .isGreaterThan(intent.baseline());
            assertThat(company.product()).as("company → needs/capacity nDCG@10").isGreaterThanOrEqualTo(0.85)
                    .isGreaterThan(company.baseline());
        }
    }
}
