package io.musubi.taxonomy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.platform.i18n.Localized;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
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
 * Who uses a resource ({@code taxonomy/uses.json} of search-config): a capacity listing offers a resource, a taxonomy
 * term or a capacity kind ({@code kind:CLEAN_ROOM}), and is worth showing to the companies of the user side, a
 * taxonomy term or a whole group ({@code group:medical-devices}), with the reason in ja, zh and en.
 *
 * <p>The file is checked when it is loaded ({@link UsesFile}).
 */
@Singleton
public class Uses {
    static final String FILE = "taxonomy/uses.json";
    static final String KIND = "kind:";
    /**
     * The kinds of resource a capacity listing offers (the names of {@code opportunity.Capacity.Kind}, kept equal by
     * a test there): the taxonomy knows them by name, so that it depends on no feature.
     */
    public static final List<String> RESOURCE_KINDS = List.of("EQUIPMENT", "TEST_LAB", "CLEAN_ROOM", "SPACE",
            "PRODUCTION");
    static final String GROUP = "group:";

    private final Taxonomy taxonomy;
    private final List<Use> uses;
    private final UsesFile source;
    private final Map<String, List<String>> termsOfGroup = new HashMap<>();

    /** A resource (taxonomy code or {@code kind:<Capacity.Kind>}) used by a user (taxonomy code or {@code group:<code>}). */
    @Serdeable
    public record Use(String resource, String user, Localized why) {
    }

    @Inject
    public Uses(Taxonomy taxonomy) {
        this(taxonomy, FILE, UsesFile.open(FILE));
    }

    Uses(Taxonomy taxonomy, String file, String json) {
        this(taxonomy, file, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    Uses(Taxonomy taxonomy, String file, InputStream in) {
        this.taxonomy = taxonomy;
        for (Taxonomy.Group group : taxonomy.groups()) {
            termsOfGroup.put(group.code(), group.terms().stream().map(Taxonomy.Term::code).toList());
        }
        this.source = new UsesFile(taxonomy, file, termsOfGroup);
        this.uses = List.copyOf(source.load(in));
    }

    /** Relations whose resource is one of these codes (taxonomy codes or "kind:CLEAN_ROOM"), in file order, without duplicates. */
    public List<Use> usersOf(Collection<String> resources) {
        Set<String> wanted = new HashSet<>(resources);
        return uses.stream().filter(use -> wanted.contains(use.resource())).toList();
    }

    /** Relations whose user is one of these codes; a taxonomy code also matches relations whose user is "group:<its group>". */
    public List<Use> resourcesFor(Collection<String> users) {
        Set<String> wanted = new HashSet<>(users);
        for (String user : users) {
            taxonomy.term(user).ifPresent(term -> wanted.add(GROUP + term.group()));
        }
        return uses.stream().filter(use -> wanted.contains(use.user())).toList();
    }

    /** The taxonomy term codes a user side stands for: the code itself, or every term of a group. */
    public List<String> termCodes(String user) {
        return source.termCodes(user);
    }

    /** Every relation in file order. */
    List<Use> all() {
        return uses;
    }
}
