package io.musubi.event;

import io.micronaut.core.annotation.Nullable;
import io.musubi.platform.Sql;
import io.musubi.platform.i18n.Localized;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Earlier events where two companies had a scheduled meeting, shown beside participants and requests. */
@Singleton
class MetBefore {
    private final Sql sql;

    MetBefore(Sql sql) {
        this.sql = sql;
    }

    /** The views with, from the reader's company's side, the earlier events it met each of them at. */
    List<Participants.View> on(@Nullable UUID reader, UUID eventId, List<Participants.View> views) {
        if (reader == null || views.isEmpty()) {
            return views;
        }
        Map<UUID, List<Participants.EventRef>> met = of(reader, eventId,
                views.stream().map(Participants.View::companyId).toList());
        return views.stream().map(v -> v.withMetBefore(met.getOrDefault(v.companyId(), List.of()))).toList();
    }

    /** For each of {@code others}: earlier events where it had a scheduled meeting with {@code company}. */
    Map<UUID, List<Participants.EventRef>> of(UUID company, UUID eventId, List<UUID> others) {
        Map<UUID, List<Participants.EventRef>> met = new HashMap<>();
        if (others.isEmpty()) {
            return met;
        }
        sql.list("""
                SELECT DISTINCT theirs.company_id, e.id, e.name_ja, e.name_zh, e.name_en, e.starts_at
                FROM meeting m
                JOIN fair_participant ours ON ours.id IN (m.participant_a, m.participant_b) AND ours.company_id = ?
                JOIN fair_participant theirs ON theirs.id IN (m.participant_a, m.participant_b) AND theirs.id <> ours.id
                JOIN fair_event e ON e.id = m.event_id
                WHERE m.slot IS NOT NULL AND e.id <> ?
                  AND e.starts_at < (SELECT starts_at FROM fair_event WHERE id = ?)
                  AND theirs.company_id = ANY (CAST(? AS uuid[]))
                ORDER BY e.starts_at DESC""", r -> {
            met.computeIfAbsent(r.getObject(1, UUID.class), k -> new ArrayList<>()).add(new Participants.EventRef(
                    r.getObject(2, UUID.class), new Localized(r.getString(3), r.getString(4), r.getString(5))));
            return null;
        }, company, eventId, eventId, others.stream().map(UUID::toString).toArray(String[]::new));
        return met;
    }
}
