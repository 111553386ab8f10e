package io.musubi.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A class does one job, and one that grows past {@value #MAX_LINES} lines is doing several: split it by job before
 * adding to it. The scheduler's search classes ({@code event/scheduling}) are the exception: one algorithm each.
 */
class ClassSizeTest {
    static final int MAX_LINES = 300;
    private static final Path SOURCES = Path.of("src/main/java/io/musubi");
    private static final Path EXEMPT = SOURCES.resolve("event/scheduling");

    @Test
    void noMainClassIsLongerThanTheLimit() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<String> tooLong = files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(EXEMPT))
                    .filter(f -> lines(f) > MAX_LINES).map(f -> SOURCES.relativize(f) + " (" + lines(f) + " lines)")
                    .toList();
            assertThat(tooLong).as("classes over " + MAX_LINES + " lines; split them by job").isEmpty();
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
