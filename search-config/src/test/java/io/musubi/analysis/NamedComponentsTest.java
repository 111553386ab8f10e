package io.musubi.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.musubi.analysis.tools.NamedComponentsGenerator;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.elasticsearch.plugin.NamedComponent;
import org.junit.jupiter.api.Test;

class NamedComponentsTest {
    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void generatedFileListsEveryAnnotatedComponent() throws Exception {
        Path file = Path.of(System.getProperty("musubi.named-components"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, String>> written = new ObjectMapper().readValue(file.toFile(), Map.class);

        assertThat(written).isEqualTo(NamedComponentsGenerator.scan(CLASSES));
        assertThat(written.get("org.elasticsearch.plugin.analysis.TokenizerFactory"))
                .containsKeys("musubi_kuromoji", "musubi_smartcn", "musubi_keyword");
        assertThat(written.get("org.elasticsearch.plugin.analysis.TokenFilterFactory"))
                .containsKeys("musubi_ja_baseform", "musubi_ja_pos", "musubi_ja_stop", "musubi_ja_katakana_stem",
                        "musubi_zh_stop", "musubi_en_possessive", "musubi_en_stem", "musubi_cjk_bigram",
                        "musubi_ascii_folding", "musubi_synonym_graph", "musubi_edge_ngram");
        assertThat(written.get("org.elasticsearch.plugin.analysis.CharFilterFactory"))
                .containsKey("musubi_cjk_width");
    }

    @Test
    void everyComponentIsPublicWithOnePublicConstructorAndThePrefix() throws Exception {
        Map<String, Map<String, String>> components = NamedComponentsGenerator.scan(CLASSES);
        for (Map<String, String> group : components.values()) {
            for (Map.Entry<String, String> entry : group.entrySet()) {
                Class<?> type = Class.forName(entry.getValue());
                assertThat(Modifier.isPublic(type.getModifiers())).as(type.getName()).isTrue();
                assertThat(type.getConstructors()).as(type.getName()).hasSize(1);
                assertThat(entry.getKey()).startsWith("musubi_")
                        .isEqualTo(type.getAnnotation(NamedComponent.class).value());
            }
        }
    }

    @Test
    void pluginZipDescriptorNamesTheServerVersion() throws Exception {
        Path descriptor = Path.of("target/plugin/stable-plugin-descriptor.properties");
        assertThat(Files.readString(descriptor)).contains("elasticsearch.version=8.19.21", "name=musubi-analysis",
                "java.version=17");
    }
}
