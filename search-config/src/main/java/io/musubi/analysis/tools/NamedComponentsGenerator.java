package io.musubi.analysis.tools;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

/**
 * Writes the stable plugin's {@code named_components.json} from the compiled {@code @NamedComponent} classes. Without
 * that file Elasticsearch silently registers nothing, and no scanner for it is published, so the build makes it.
 * Usage: {@code NamedComponentsGenerator <classes-dir> <output-file>}.
 */
public final class NamedComponentsGenerator {
    private static final Class<?>[] EXTENSIBLE = {
        AnalyzerFactory.class, CharFilterFactory.class, TokenFilterFactory.class, TokenizerFactory.class
    };

    private NamedComponentsGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: NamedComponentsGenerator <classes-dir> <output-file>");
        }
        Path output = Path.of(args[1]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, toJson(scan(Path.of(args[0]))), StandardCharsets.UTF_8);
    }

    /** extensible interface name → (component name → class name), sorted for a stable file. */
    public static Map<String, Map<String, String>> scan(Path classesDir) throws IOException {
        Map<String, Map<String, String>> components = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classesDir);
             URLClassLoader loader = new URLClassLoader(new URL[] {classesDir.toUri().toURL()},
                     NamedComponentsGenerator.class.getClassLoader())) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                String className = classesDir.relativize(file).toString()
                        .replace(file.getFileSystem().getSeparator(), ".").replaceAll("\\.class$", "");
                Class<?> type = load(loader, className);
                NamedComponent named = type.getAnnotation(NamedComponent.class);
                if (named == null) {
                    continue;
                }
                Class<?> extensible = extensibleOf(type);
                String previous = components.computeIfAbsent(extensible.getName(), k -> new TreeMap<>())
                        .put(named.value(), type.getName());
                if (previous != null) {
                    throw new IllegalStateException("component name " + named.value() + " used by " + previous
                            + " and " + type.getName());
                }
            }
        }
        return components;
    }

    private static Class<?> load(ClassLoader loader, String className) {
        try {
            return Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("cannot load " + className, e);
        }
    }

    private static Class<?> extensibleOf(Class<?> type) {
        for (Class<?> candidate : EXTENSIBLE) {
            if (candidate.isAssignableFrom(type)) {
                return candidate;
            }
        }
        throw new IllegalStateException(type.getName() + " is a @NamedComponent but implements no analysis factory");
    }

    static String toJson(Map<String, Map<String, String>> components) {
        StringBuilder json = new StringBuilder("{\n");
        int i = 0;
        for (Map.Entry<String, Map<String, String>> group : components.entrySet()) {
            json.append("  \"").append(group.getKey()).append("\": {\n");
            int j = 0;
            for (Map.Entry<String, String> entry : group.getValue().entrySet()) {
                json.append("    \"").append(entry.getKey()).append("\": \"").append(entry.getValue()).append('"')
                        .append(++j < group.getValue().size() ? ",\n" : "\n");
            }
            json.append("  }").append(++i < components.size() ? ",\n" : "\n");
        }
        return json.append("}\n").toString();
    }
}
