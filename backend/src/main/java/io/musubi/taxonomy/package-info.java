/**
 * Reference data from search-config, loaded from the classpath at start: the technology taxonomy ({@code Taxonomy},
 * {@code taxonomy/technologies.json}: stable codes with ja/zh/en labels), the regions of Japan and China
 * ({@code Regions}, ISO 3166-2 codes) and the "used by" relations between resources and their users ({@code Uses},
 * {@code taxonomy/uses.json}, checked on load so a bad file stops the start). It serves {@code /api/taxonomy} and
 * {@code /api/regions} and owns no table. Records store codes, never labels; {@code company}, {@code opportunity},
 * {@code bulk}, {@code search} and {@code match} read these beans. It depends on no feature (it names the capacity
 * kinds itself, kept equal to {@code opportunity.Capacity.Kind} by a test), so every feature may use it without a
 * cycle.
 */
package io.musubi.taxonomy;
