package io.musubi.testing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.musubi.account.AccountService;
import java.util.List;
import java.util.Map;

/** A user's notification centre, read through the API as the UI reads it. */
public final class Notices {
    private Notices() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> page(BlockingHttpClient client, AccountService.Session who) {
        return client.retrieve(HttpRequest.GET("/api/notifications?size=100").bearerAuth(who.token()), Map.class);
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> ofType(BlockingHttpClient client, AccountService.Session who,
                                                   String type) {
        return ((List<Map<String, Object>>) page(client, who).get("items")).stream()
                .filter(item -> type.equals(item.get("type"))).toList();
    }

    /** The newest notification of a type; fails when there is none. */
    public static Map<String, Object> latest(BlockingHttpClient client, AccountService.Session who, String type) {
        List<Map<String, Object>> found = ofType(client, who, type);
        if (found.isEmpty()) {
            throw new AssertionError("no " + type + " notification for " + who.user().email());
        }
        return found.get(0);
    }

    public static long unread(BlockingHttpClient client, AccountService.Session who) {
        return ((Number) page(client, who).get("unread")).longValue();
    }

    @SuppressWarnings("unchecked")
    public static String text(Map<String, Object> item, String field, String language) {
        return (String) ((Map<String, Object>) item.get(field)).get(language);
    }
}
