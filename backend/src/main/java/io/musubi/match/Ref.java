package io.musubi.match;

import io.musubi.platform.error.ApiException;
import java.util.List;
import java.util.UUID;

/** "need:{id}", "company:{id}", "capacity:{id}": what a recommendation is for or about. */
record Ref(String type, UUID id) {
    static final List<String> TYPES = List.of("company", "need", "capacity");

    static Ref parse(String field, String text) {
        if (text == null || !text.contains(":")) {
            throw ApiException.invalid(field, "pattern", "must look like need:{id}, company:{id} or capacity:{id}");
        }
        String type = text.substring(0, text.indexOf(':'));
        if (!TYPES.contains(type)) {
            throw ApiException.invalid(field, "unknown", "must start with need:, company: or capacity:");
        }
        try {
            return new Ref(type, UUID.fromString(text.substring(text.indexOf(':') + 1)));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(field, "pattern", "has no valid id after " + type + ":");
        }
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }
}
