package io.musubi.quality;

import io.musubi.testing.TestServices;

/**
 * Prints the relevance figures: {@link RelevanceEvaluation} (the backend's test support, with the judged set of its
 * src/test/resources/relevance, which {@code RelevanceEvaluationTest} gates on) run once on local services.
 * Command: {@code ./mvnw -Pevaluate -DskipTests verify}.
 */
public final class RelevanceReport {
    private RelevanceReport() {
    }

    public static void main(String[] args) throws Exception {
        try (RelevanceEvaluation evaluation = new RelevanceEvaluation()) {
            System.out.println(evaluation.report(evaluation.run()));
        }
        TestServices.stopDatabase();
    }
}
