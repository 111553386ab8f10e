package io.musubi.match;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.musubi.notification.Notice;
import io.musubi.notification.NotificationType;
import io.musubi.notification.Notifications;
import io.musubi.opportunity.Need;
import io.musubi.opportunity.NeedService;
import io.musubi.platform.Batches;
import io.musubi.platform.Sql;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.i18n.Localized;
import io.musubi.platform.outbox.Outbox;
import io.musubi.search.NewRecords;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The new-matches digest: once a day ({@code musubi.matches.alert-every}, 1 day) the records created since the last
 * run are put to the recommender from their side, and what they fit hears of them: a new need or capacity listing is
 * news for the companies it fits best (NEW_OPPORTUNITIES, one notice per company and run), a new SME is news for the
 * open needs it fits (NEW_SUPPLIERS, one per need and run). Both come in the daily digest by default: never a mail per
 * match. The cost follows the new records, not the number of companies. Records are walked in creation order
 * (time, then id) in batches of {@link #BATCH}, each batch one transaction with its notices and the walk's new
 * position, held with {@code FOR UPDATE SKIP LOCKED}: one instance walks at a time, a restart goes on where the last
 * batch ended, and the walk stops short of changes the indexer has not taken yet.
 */
@Singleton
class MatchAlerts {
    static final int BATCH = 200;
    /** The best fits of a new record that hear of it. */
    static final int FITS = 10;
    /** Names listed in one notice; the rest are counted. */
    static final int NAMED = 5;
    /** Records younger than this wait for the next run: their index writes may still be on the way. */
    static final Duration SETTLE = Duration.ofMinutes(5);

    private final Sql sql;
    private final TransactionOperations<Connection> transactions;
    private final NewRecords newRecords;
    private final MatchService matches;
    private final NeedService needs;
    private final Notifications notifications;
    private final Outbox outbox;
    private final Clock clock;
    private final Duration every;

    MatchAlerts(Sql sql, TransactionOperations<Connection> transactions, NewRecords newRecords, MatchService matches,
                NeedService needs, Notifications notifications, Outbox outbox, Clock clock,
                @Value("${musubi.matches.alert-every:1d}") Duration every) {
        this.sql = sql;
        this.transactions = transactions;
        this.newRecords = newRecords;
        this.matches = matches;
        this.needs = needs;
        this.notifications = notifications;
        this.outbox = outbox;
        this.clock = clock;
        this.every = every;
    }

    @Scheduled(fixedDelay = "${musubi.matches.alert-interval:15m}", initialDelay = "${musubi.matches.initial-delay:4m}")
    void run() {
        alertDue();
    }

    /** Walks the new records if a run is due; answers how many were put to the recommender. */
    int alertDue() {
        return Batches.untilShort(transactions, BATCH, status -> batch());
    }

    private int batch() {
        Instant now = clock.instant();
        Optional<NewRecords.Point> from = sql.one("""
                SELECT covered_until, covered_id FROM match_alert_run WHERE id = 1 AND next_run_at <= ?
                FOR UPDATE SKIP LOCKED""", r -> new NewRecords.Point(Sql.instant(r, "covered_until"),
                r.getString(2)), now);
        if (from.isEmpty()) {
            return 0;
        }
        Instant until = Stream.concat(Stream.of(now.minus(SETTLE)),
                outbox.oldestPendingAt().map(at -> at.minusMillis(1)).stream()).min(Instant::compareTo).orElseThrow();
        List<NewRecords.Created> fresh = newRecords.after(from.get(), until, BATCH);
        Map<UUID, List<Localized>> opportunities = new LinkedHashMap<>();
        Map<UUID, List<Localized>> suppliers = new LinkedHashMap<>();
        for (NewRecords.Created created : fresh) {
            if ("company".equals(created.kind()) && !"SME".equals(created.companyKind())) {
                continue; // needs ask for SMEs (as their recommendations do)
            }
            for (Ref fit : fits(new Ref(created.kind(), UUID.fromString(created.id())))) {
                if ("company".equals(created.kind()) && "need".equals(fit.type())) {
                    suppliers.computeIfAbsent(fit.id(), n -> new ArrayList<>()).add(created.name());
                } else if (!"company".equals(created.kind()) && "company".equals(fit.type())) {
                    opportunities.computeIfAbsent(fit.id(), c -> new ArrayList<>()).add(created.name());
                }
            }
        }
        NewRecords.Point reached = fresh.isEmpty() ? from.get() : fresh.get(fresh.size() - 1).point();
        String run = Long.toString(reached.createdAt().toEpochMilli());
        opportunities.forEach((company, names) -> notifications.toCompany(company, Notice.of(
                NotificationType.NEW_OPPORTUNITIES, "new-opportunities:" + company + ":" + run,
                "/companies/" + company, names.size(), listed(names))));
        suppliers.forEach((need, names) -> needs.row(need).ifPresent(row -> notifications.toCompany(
                row.companyId(), Notice.of(NotificationType.NEW_SUPPLIERS, "new-suppliers:" + need + ":" + run,
                        "/needs/" + need, row.titles(), names.size(), listed(names)))));
        sql.update("UPDATE match_alert_run SET covered_until = ?, covered_id = ?, next_run_at = ? WHERE id = 1",
                reached.createdAt(), reached.id(), fresh.size() < BATCH ? now.plus(every) : now);
        return fresh.size();
    }

    private List<Ref> fits(Ref record) {
        try {
            return matches.bestFits(record, FITS);
        } catch (ApiException gone) {
            return List.of(); // deleted since it was indexed
        }
    }

    /** The first {@link #NAMED} names, in each language (or the nearest one a name has), and how many more. */
    static Localized listed(List<Localized> names) {
        List<Localized> shown = names.subList(0, Math.min(NAMED, names.size()));
        String more = names.size() > NAMED ? " …" : "";
        return new Localized(join(shown, "ja", "、") + more, join(shown, "zh", "、") + more,
                join(shown, "en", ", ") + more);
    }

    private static String join(List<Localized> names, String language, String separator) {
        return String.join(separator, names.stream().map(name -> in(name, language)).toList());
    }

    private static String in(Localized name, String language) {
        String wanted = switch (language) {
            case "ja" -> name.ja();
            case "zh" -> name.zh();
            default -> name.en();
        };
        return Optional.ofNullable(wanted).or(() -> Optional.ofNullable(name.en()))
                .or(() -> Optional.ofNullable(name.ja())).or(() -> Optional.ofNullable(name.zh())).orElse("?");
    }
}
