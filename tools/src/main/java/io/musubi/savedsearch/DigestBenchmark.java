package io.musubi.savedsearch;

import io.micronaut.context.ApplicationContext;
import io.musubi.match.MatchAlertsAccess;
import io.musubi.notification.NotificationDigestAccess;
import io.musubi.platform.Sql;
import io.musubi.search.SearchIndexes;
import io.musubi.taxonomy.Taxonomy;
import io.musubi.testing.MutableClock;
import io.musubi.testing.TestServices;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Issue 15's digest figure: 100,000 companies (one member each, every member with a saved search, daily) indexed a
 * month ago, then a day's news: 1,000 new SMEs and 200 new needs. The clock is set to the next morning at 8:00 in
 * Tokyo and the day's jobs run as they would: the saved-search alerts, the new-matches digest, then the daily
 * digest mails into the outbox. Prints the time of each, the run's total against the target (≤ 5 minutes), the heap
 * the run used at most against ≤ 1 GB (the JVM runs with {@code -Xmx1g}), then how long the mail sender takes to
 * deliver the digests to the embedded SMTP server (waiting until 15 minutes after the start at most). Part of
 * {@code ./mvnw -Pnotification-benchmark -DskipTests verify}.
 */
public final class DigestBenchmark {
    static final int COMPANIES = Integer.getInteger("musubi.benchmark.companies", 100_000);
    static final int NEW_COMPANIES = 1_000;
    static final int NEW_NEEDS = 200;
    private static final Random RANDOM = new Random(20261208L);
    private static final String[] COUNTRIES = {"JP", "JP", "CN", "CN", "DE", "TH"};

    private DigestBenchmark() {
    }

    public static void main(String[] args) {
        io.musubi.tools.Benchmarks.main(DigestBenchmark::run);
    }

    private static void run() throws Exception {
        Map<String, Object> properties = new HashMap<>(TestServices.isolatedProperties());
        properties.put("micronaut.server.port", "-1");
        properties.put("musubi.indexer.enabled", "false"); // the index is rebuilt from the database below
        // the benchmark runs the jobs itself
        for (String delay : List.of("musubi.saved-searches.initial-delay", "musubi.matches.initial-delay",
                "musubi.notifications.digest-initial-delay", "musubi.saved-searches.interval",
                "musubi.matches.alert-interval", "musubi.notifications.digest-interval")) {
            properties.put(delay, "1h");
        }
        properties.put("musubi.mail.batch-size", "200");
        properties.put("musubi.mail.interval", "200ms");
        try (ApplicationContext context = ApplicationContext.run(properties, "test")) {
            Sql sql = context.getBean(Sql.class);
            MutableClock clock = context.getBean(MutableClock.class);
            List<Taxonomy.Term> terms = new ArrayList<>(context.getBean(Taxonomy.class).terms());
            ZoneId tokyo = ZoneId.of("Asia/Tokyo");
            Instant morning = LocalDate.now(tokyo).plusDays(1).atTime(8, 0).atZone(tokyo).toInstant();
            Instant monthAgo = morning.minus(Duration.ofDays(30));
            Instant yesterday = morning.minus(Duration.ofDays(1));

            long began = System.nanoTime();
            List<UUID> users = companies(sql, terms, 0, COMPANIES, monthAgo, true);
            savedSearches(sql, terms, users, yesterday);
            sql.update("UPDATE match_alert_run SET covered_until = ?, covered_id = '', next_run_at = ?", yesterday,
                    yesterday);
            companies(sql, terms, COMPANIES, COMPANIES + NEW_COMPANIES, morning.minus(Duration.ofHours(10)), false);
            needs(sql, terms, morning.minus(Duration.ofHours(9)));
            SearchIndexes indexes = context.getBean(SearchIndexes.class);
            for (var source : indexes.sources()) {
                indexes.rebuild(source);
            }
            indexes.refresh();
            System.out.printf(Locale.ROOT, "%n%,d companies with a member and a daily saved search each, a month old; "
                    + "then %,d new SMEs and %d new needs (stored and indexed in %.1f s)%n", COMPANIES, NEW_COMPANIES,
                    NEW_NEEDS, (System.nanoTime() - began) / 1e9);

            clock.setTo(morning);
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            int ran = context.getBean(SavedSearchAlerts.class).runDue();
            double searched = (System.nanoTime() - start) / 1e9;
            long told = sql.count("SELECT COUNT(*) FROM notification WHERE type = 'SAVED_SEARCH'");
            int walked = MatchAlertsAccess.alertDue(context);
            double matched = (System.nanoTime() - start) / 1e9;
            long matches = sql.count("SELECT COUNT(*) FROM notification WHERE type IN ('NEW_OPPORTUNITIES', "
                    + "'NEW_SUPPLIERS')");
            int digests = NotificationDigestAccess.sendDue(context);
            double digested = (System.nanoTime() - start) / 1e9;
            String sent = "SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NOT NULL AND idempotency_key LIKE "
                    + "'notification-digest:%'";
            long peak = peakHeap();
            long max = Runtime.getRuntime().maxMemory();
            System.out.printf(Locale.ROOT, "saved-search alerts: %,d searches run in %.1f s (%.1f ms each), %,d "
                    + "owners told of new results%n", ran, searched, searched * 1000 / Math.max(1, ran), told);
            System.out.printf(Locale.ROOT, "new-matches digest: %,d new records put to the recommender in %.1f s, "
                    + "%,d notices%n", walked, matched - searched, matches);
            System.out.printf(Locale.ROOT, "daily digest: %,d mails created in %.1f s%n", digests, digested - matched);
            System.out.printf(Locale.ROOT, "the morning's run (alerts, new matches, digest mails in the outbox): "
                    + "%.1f s (target ≤ 300 s: %s); heap used at most %,d MB of the JVM's %,d MB (target ≤ 1,024 MB: "
                    + "%s)%n", digested, digested <= 300 ? "met" : "NOT met", peak >> 20, max >> 20,
                    peak <= 1024L << 20 && max <= 1100L << 20 ? "met" : "NOT met");
            long delivered;
            while ((delivered = sql.count(sent)) < digests && System.nanoTime() - start < 900_000_000_000L) {
                Thread.sleep(500);
            }
            double deliveredAfter = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "delivery to the SMTP server: %,d of %,d digest mails after %.1f s "
                    + "(%.0f mails/s)%n", delivered, digests, deliveredAfter,
                    delivered / Math.max(0.001, deliveredAfter - digested));
            System.out.printf(Locale.ROOT, "a second run: %d searches, %d records, %d digests%n",
                    context.getBean(SavedSearchAlerts.class).runDue(), MatchAlertsAccess.alertDue(context),
                    NotificationDigestAccess.sendDue(context));
        }
        TestServices.stopDatabase();
    }

    /** The most the heap's pools held since their peaks were reset (garbage not yet collected included). */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /** Companies {@code from}–{@code to} with a technology pair and a description in one language; users for each. */
    private static List<UUID> companies(Sql sql, List<Taxonomy.Term> terms, int from, int to, Instant at,
                                        boolean withUsers) {
        List<Object[]> companies = new ArrayList<>();
        List<Object[]> users = new ArrayList<>();
        List<UUID> userIds = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Taxonomy.Term a = terms.get(RANDOM.nextInt(terms.size()));
            Taxonomy.Term b = terms.get(RANDOM.nextInt(terms.size()));
            String country = COUNTRIES[RANDOM.nextInt(COUNTRIES.length)];
            UUID company = UUID.randomUUID();
            companies.add(new Object[] {company, country.equals("JP") ? "第" + i + a.labels().ja() + "工業" : null,
                    country.equals("CN") ? "第" + i + a.labels().zh() + "科技" : null, "Synthetic " + i + " Works",
                    country.equals("JP") ? a.labels().ja() + "と" + b.labels().ja() + "を得意とします" : null,
                    country.equals("CN") ? "专业从事" + a.labels().zh() + "和" + b.labels().zh() : null,
                    "We specialise in " + a.labels().en() + " and " + b.labels().en(),
                    new Sql.TextArray(List.of(a.code(), b.code())), country, at, at});
            if (withUsers) {
                UUID user = UUID.randomUUID();
                userIds.add(user);
                users.add(new Object[] {user, "digest-" + i + "-" + company + "@bench.example", "Member " + i,
                        company, at, at, at, i % 3 == 0 ? "ja" : i % 3 == 1 ? "zh" : "en"});
            }
            if (companies.size() == 5_000 || i == to - 1) {
                sql.batch("INSERT INTO company (id, version, name_ja, name_zh, name_en, description_ja, "
                        + "description_zh, description_en, technologies, country, industry, created_at, updated_at) "
                        + "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 'MANUFACTURING', ?, ?)", companies);
                companies.clear();
            }
        }
        if (withUsers) {
            for (int i = 0; i < users.size(); i += 5_000) {
                sql.batch("INSERT INTO app_user (id, email, password_hash, display_name, role, company_id, "
                        + "company_role, joined_company_at, created_at, email_confirmed_at, language) "
                        + "VALUES (?, ?, '!', ?, 'SME_MEMBER', ?, 'OWNER', ?, ?, ?, ?)",
                        users.subList(i, Math.min(users.size(), i + 5_000)));
            }
        }
        return userIds;
    }

    /** A daily saved search per user: a technology's label in one of three languages, some with filters. */
    private static void savedSearches(Sql sql, List<Taxonomy.Term> terms, List<UUID> users, Instant lastRun) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            Taxonomy.Term term = terms.get(RANDOM.nextInt(terms.size()));
            String words = switch (i % 3) {
                case 0 -> term.labels().ja();
                case 1 -> term.labels().zh();
                default -> term.labels().en();
            };
            String query = "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8) + switch (i % 4) {
                case 0 -> "&kind=company";
                case 1 -> "&country=JP&country=CN";
                case 2 -> "&kind=need";
                default -> "";
            };
            rows.add(new Object[] {UUID.randomUUID(), users.get(i), words, query, lastRun.minus(Duration.ofDays(7)),
                    lastRun, lastRun.plus(Duration.ofDays(1)).minusSeconds(60)});
            if (rows.size() == 5_000 || i == users.size() - 1) {
                sql.batch("INSERT INTO saved_search (id, user_id, name, query, frequency, created_at, last_run_at, "
                        + "next_run_at) VALUES (?, ?, ?, ?, 'DAILY', ?, ?, ?)", rows);
                rows.clear();
            }
        }
    }

    /** New needs of a few large firms, each asking for a technology. */
    private static void needs(Sql sql, List<Taxonomy.Term> terms, Instant at) {
        UUID firm = UUID.randomUUID();
        sql.update("INSERT INTO company (id, version, name_en, kind, country, industry, created_at, updated_at) "
                + "VALUES (?, 0, 'Benchmark Heavy Industries', 'LARGE_FIRM', 'JP', 'MANUFACTURING', ?, ?)", firm,
                at, at);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < NEW_NEEDS; i++) {
            Taxonomy.Term term = terms.get(RANDOM.nextInt(terms.size()));
            rows.add(new Object[] {UUID.randomUUID(), firm, term.labels().ja() + "の外注先募集 " + i,
                    term.labels().en() + " supplier wanted " + i, new Sql.TextArray(List.of(term.code())), at, at});
        }
        sql.batch("INSERT INTO need (id, version, company_id, title_ja, title_en, technologies, free_terms, "
                + "certifications, certifications_required, preferred_regions, status, anonymous, created_at, "
                + "updated_at) VALUES (?, 0, ?, ?, ?, ?, '{}', '{}', FALSE, '{}', 'OPEN', FALSE, ?, ?)", rows);
    }
}
