package io.musubi.taxonomy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.musubi.platform.i18n.Localized;
import io.musubi.taxonomy.Uses.Use;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and checks {@code taxonomy/uses.json}: codes, groups and kinds must exist, every reason needs all three
 * languages, and there are no self-relations, duplicates or cycles (a group stands for all of its terms). A bad file
 * stops the start with an {@link IllegalStateException} naming the file and the line of each offending relation.
 */
final class UsesFile {
    private static final String GROUP = Uses.GROUP;
    private static final String KIND = Uses.KIND;
    private static final List<String> LANGUAGES = List.of("ja", "zh", "en");

    private final Taxonomy taxonomy;
    private final String file;
    private final Map<String, List<String>> termsOfGroup;

    UsesFile(Taxonomy taxonomy, String file, Map<String, List<String>> termsOfGroup) {
        this.taxonomy = taxonomy;
        this.file = file;
        this.termsOfGroup = termsOfGroup;
    }

    /** The taxonomy term codes a user side stands for (as {@link Uses#termCodes}). */
    List<String> termCodes(String user) {
        if (user == null) {
            return List.of();
        }
        if (user.startsWith(GROUP)) {
            return termsOfGroup.getOrDefault(user.substring(GROUP.length()), List.of());
        }
        return taxonomy.isCode(user) ? List.of(user) : List.of();
    }

    /** The relations of the file, checked, in file order. */
    List<Use> load(InputStream in) {
        return validate(read(in));
    }


    private record Line(int line, JsonNode relation) {
    }

    private List<Line> read(InputStream in) {
        List<Line> relations = new ArrayList<>();
        boolean found = false;
        try (in; JsonParser parser = new ObjectMapper().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw refuse(line(parser), "must hold a JSON object with a \"uses\" array");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!"uses".equals(field)) {
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw refuse(line(parser), "\"uses\" must be an array of relations");
                }
                found = true;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    int line = line(parser);
                    if (parser.currentToken() != JsonToken.START_OBJECT) {
                        throw refuse(line, "a relation must be an object {\"resource\", \"user\", \"why\"}");
                    }
                    relations.add(new Line(line, parser.readValueAsTree()));
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new IllegalStateException(file + " line " + line + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (!found) {
            throw refuse(1, "has no \"uses\" array");
        }
        return relations;
    }

    private List<Use> validate(List<Line> relations) {
        List<String> problems = new ArrayList<>();
        List<Use> valid = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        // the graph of term codes so far, resource → user term → line of the relation that made the edge
        Map<String, Map<String, Integer>> graph = new HashMap<>();
        for (Line entry : relations) {
            int line = entry.line();
            JsonNode relation = entry.relation();
            String resource = text(relation, "resource");
            String user = text(relation, "user");
            List<String> found = new ArrayList<>();
            resourceProblem(resource).ifPresent(found::add);
            userProblem(user).ifPresent(found::add);
            JsonNode why = relation.path("why");
            for (String language : LANGUAGES) {
                if (text(why, language) == null) {
                    found.add("why lacks " + language + " (every reason needs ja, zh and en)");
                }
            }
            if (resource != null && resource.equals(user)) {
                found.add("self-relation: " + resource + " is not used by itself");
            }
            if (found.isEmpty()) {
                Integer earlier = firstLine.putIfAbsent(resource + " → " + user, line);
                if (earlier != null) {
                    found.add("duplicate relation " + resource + " → " + user + " (first on line " + earlier + ")");
                }
            }
            if (found.isEmpty() && !resource.startsWith(KIND)) {
                cycle(graph, resource, user, line).ifPresent(found::add);
            }
            if (found.isEmpty()) {
                valid.add(new Use(resource, user, new Localized(text(why, "ja"), text(why, "zh"), text(why, "en"))));
            }
            found.forEach(problem -> problems.add(file + " line " + line + ": " + problem));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.size() == 1 ? problems.get(0)
                    : problems.size() + " problems in " + file + ":\n" + String.join("\n", problems));
        }
        return valid;
    }

    private Optional<String> resourceProblem(String resource) {
        if (resource == null) {
            return Optional.of("missing \"resource\"");
        }
        if (resource.startsWith(KIND)) {
            String kind = resource.substring(KIND.length());
            boolean known = Uses.RESOURCE_KINDS.contains(kind);
            return known ? Optional.empty() : Optional.of("unknown capacity kind '" + resource
                    + "' (one of " + Uses.RESOURCE_KINDS.stream().map(k -> KIND + k)
                    .collect(Collectors.joining(", ")) + ")");
        }
        if (resource.startsWith(GROUP)) {
            return Optional.of("resource '" + resource
                    + "' must be a taxonomy code or kind:<capacity kind>, not a group");
        }
        return taxonomy.isCode(resource) ? Optional.empty()
                : Optional.of("unknown taxonomy code '" + resource + "' as resource");
    }

    private Optional<String> userProblem(String user) {
        if (user == null) {
            return Optional.of("missing \"user\"");
        }
        if (user.startsWith(GROUP)) {
            return termsOfGroup.containsKey(user.substring(GROUP.length())) ? Optional.empty()
                    : Optional.of("unknown group '" + user + "'");
        }
        if (user.startsWith(KIND)) {
            return Optional.of("user '" + user + "' must be a taxonomy code or group:<group code>");
        }
        return taxonomy.isCode(user) ? Optional.empty()
                : Optional.of("unknown taxonomy code '" + user + "' as user");
    }

    /**
     * Adds the edges of a relation unless one of them closes a cycle, which is then described. Following the
     * relations resource → user → (that user as a resource) … must never come back; a group is all of its terms.
     */
    private Optional<String> cycle(Map<String, Map<String, Integer>> graph, String resource, String user,
                                            int line) {
        List<String> targets = termCodes(user);
        for (String target : targets) {
            List<String> path = target.equals(resource) ? List.of(resource) : path(graph, target, resource);
            if (path != null) {
                List<String> codes = new ArrayList<>();
                codes.add(resource);
                codes.addAll(path);
                List<Integer> lines = new ArrayList<>();
                for (int i = 1; i + 1 < codes.size(); i++) {
                    lines.add(graph.get(codes.get(i)).get(codes.get(i + 1)));
                }
                String via = user.equals(target) ? "" : " (" + user + " includes " + target + ")";
                return Optional.of("relation " + resource + " → " + user + via + " closes the cycle "
                        + String.join(" → ", codes)
                        + (lines.isEmpty() ? "" : "; its other relations are on lines "
                        + lines.stream().distinct().map(String::valueOf).collect(Collectors.joining(", "))));
            }
        }
        for (String target : targets) {
            graph.computeIfAbsent(resource, r -> new LinkedHashMap<>()).putIfAbsent(target, line);
        }
        return Optional.empty();
    }

    /** The codes from {@code from} to {@code to} (both included) along the graph, or null. */
    private static List<String> path(Map<String, Map<String, Integer>> graph, String from, String to) {
        Map<String, String> previous = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        previous.put(from, from);
        queue.add(from);
        while (!queue.isEmpty()) {
            String code = queue.poll();
            if (code.equals(to)) {
                List<String> path = new ArrayList<>();
                for (String at = to; !at.equals(from); at = previous.get(at)) {
                    path.add(0, at);
                }
                path.add(0, from);
                return path;
            }
            for (String next : graph.getOrDefault(code, Map.of()).keySet()) {
                if (previous.putIfAbsent(next, code) == null) {
                    queue.add(next);
                }
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private IllegalStateException refuse(int line, String problem) {
        return new IllegalStateException(file + " line " + line + ": " + problem);
    }

    static InputStream open(String path) {
        InputStream in = Uses.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing search-config resource " + path);
        }
        return in;
    }
}
