package io.musubi.search;

import java.util.Map;
import java.util.UUID;

/** One document for the index: the database row's id and version (used as the external version) and its body. */
public record SearchDocument(UUID id, long version, Map<String, Object> body) {
}
