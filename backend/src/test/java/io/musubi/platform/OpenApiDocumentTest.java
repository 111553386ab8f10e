package io.musubi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The frontend's API types come from a copy of the OpenAPI document that micronaut-openapi writes at compile time
 * ({@code frontend/src/api/openapi.yml} → {@code src/api/schema.d.ts}, see frontend/README.md, "API types"). This test
 * keeps the copy equal to the compiled document, so a changed payload record cannot go unnoticed by the UI: once the
 * copy is updated, the frontend build fails ({@code npm run api:check}) until the types are regenerated, and then
 * {@code tsc} fails wherever the UI's code no longer fits them.
 */
class OpenApiDocumentTest {
    static final String COMPILED = "META-INF/swagger/musubi-api-0.1.yml";
    static final Path COPY = Path.of(System.getProperty("musubi.frontend.dir", "../frontend"), "src/api/openapi.yml");

    @Test
    void theFrontendsCopyIsTheCompiledDocument() throws IOException {
        String compiled;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(COMPILED)) {
            assertThat(in).as("the compiled OpenAPI document %s", COMPILED).isNotNull();
            compiled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(COPY).as("the frontend's copy of the OpenAPI document").exists();
        String copy = Files.readString(COPY, StandardCharsets.UTF_8);
        if (!lines(compiled).equals(lines(copy))) {
            fail("""
                    frontend/src/api/openapi.yml is not the OpenAPI document the backend compiles (%s).
                    An API payload changed: copy the document and regenerate the frontend's types, then make tsc pass:
                      cp backend/target/classes/%s frontend/src/api/openapi.yml
                      cd frontend && npm run api:types && npx tsc --noEmit -p .
                    and commit openapi.yml, schema.d.ts and the frontend changes together."""
                    .formatted(firstDifference(lines(compiled), lines(copy)), COMPILED));
        }
    }

    private static List<String> lines(String text) {
        return text.replace("\r\n", "\n").lines().toList();
    }

    private static String firstDifference(List<String> compiled, List<String> copy) {
        for (int i = 0; i < Math.max(compiled.size(), copy.size()); i++) {
            String want = i < compiled.size() ? compiled.get(i) : "<end>";
            String have = i < copy.size() ? copy.get(i) : "<end>";
            if (!want.equals(have)) {
                return "line " + (i + 1) + ": compiled \"" + want.strip() + "\", copy \"" + have.strip() + "\"";
            }
        }
        return "same lines";
    }
}
