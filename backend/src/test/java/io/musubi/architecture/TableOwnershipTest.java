package io.musubi.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A feature owns its tables: SQL in another feature's code does not read or write them (ArchUnit sees repositories,
 * not SQL strings). Other features join the owners' read views instead ({@code company_directory},
 * {@code user_directory}, migration V11) or call the owner's service. {@code lifecycle} (exports, company deletion)
 * is the one feature that touches every table, on purpose. Every table a migration creates has an owner here, so a
 * new table is assigned when it is made.
 */
class TableOwnershipTest {
    private static final Path SOURCES = Path.of("src/main/java/io/musubi");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Set<String> EVERYWHERE = Set.of("lifecycle");

    /** table → the package that owns it. */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("company", "company"), Map.entry("company_logo", "company"),
            Map.entry("certification", "company"),
            Map.entry("app_user", "account"), Map.entry("login_delay", "account"),
            Map.entry("attempt_window", "account"), Map.entry("password_reset", "account"),
            Map.entry("email_confirmation", "account"),
            Map.entry("invitation", "team"),
            Map.entry("need", "opportunity"), Map.entry("capacity", "opportunity"),
            Map.entry("inquiry", "inquiry"), Map.entry("inquiry_message", "inquiry"),
            Map.entry("inquiry_read", "inquiry"),
            Map.entry("import_job", "bulk"),
            Map.entry("match_feedback", "match"),
            Map.entry("introduction", "introduction"), Map.entry("introduction_event", "introduction"),
            Map.entry("fair_event", "event"), Map.entry("fair_event_organiser", "event"),
            Map.entry("fair_participant", "event"), Map.entry("meeting_request", "event"),
            Map.entry("meeting", "event"), Map.entry("meeting_seat", "event"), Map.entry("meeting_outcome", "event"),
            Map.entry("schedule_run", "event"), Map.entry("fair_reminder", "event"),
            Map.entry("survey_round", "event"), Map.entry("survey_mailing", "event"),
            Map.entry("survey_answer", "event"),
            Map.entry("notification", "notification"), Map.entry("notification_preference", "notification"),
            Map.entry("notification_digest", "notification"),
            Map.entry("saved_search", "savedsearch"), Map.entry("match_alert_run", "match"),
            Map.entry("outbox", "platform"), Map.entry("mail_outbox", "platform"));

    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?([a-z_]+)");
    private static final Pattern TABLE_USE = Pattern.compile(
            "\\b(?:FROM|JOIN|UPDATE|INTO|TABLE)\\s+([a-z_]+)\\b(?!\\s*\\()");

    @Test
    void everyTableHasAnOwner() throws IOException {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                Matcher m = CREATE_TABLE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    created.add(m.group(1));
                }
            }
        }
        assertThat(created).isNotEmpty();
        assertThat(OWNERS.keySet()).as("owners declared in TableOwnershipTest.OWNERS").containsAll(created);
    }

    @Test
    void noFeatureWritesSqlOnAnotherFeaturesTables() throws IOException {
        assertThat(violations()).as("SQL on another feature's table; join its read view or call its service")
                .isEmpty();
    }

    /** The rule can fail: it finds the line this test plants in a copy of a feature's source. */
    @Test
    void theRuleSeesATableOfAnotherFeature() {
        assertThat(uses("event", "Example.java",
                "String s = \"SELECT kind FROM company WHERE id = ?\";\nString t = \"SELECT 1 FROM fair_event\";"))
                .containsExactly("event/Example.java: company (owned by company)");
        assertThat(uses("event", "Example.java", "\"JOIN company_directory c ON c.id = p.company_id\"")).isEmpty();
    }

    private static List<String> violations() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String feature = SOURCES.relativize(file).getName(0).toString();
                if (EVERYWHERE.contains(feature)) {
                    continue;
                }
                found.addAll(uses(feature, SOURCES.relativize(file).toString(),
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return found;
    }

    private static List<String> uses(String feature, String name, String source) {
        List<String> found = new ArrayList<>();
        Matcher m = TABLE_USE.matcher(source);
        while (m.find()) {
            String owner = OWNERS.get(m.group(1));
            if (owner != null && !owner.equals(feature)) {
                found.add((name.contains("/") ? name : feature + "/" + name) + ": " + m.group(1) + " (owned by "
                        + owner + ")");
            }
        }
        return found;
    }
}
