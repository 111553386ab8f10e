package io.musubi.lifecycle;

import io.micronaut.transaction.annotation.Transactional;
import io.musubi.account.CompanyRole;
import io.musubi.account.Memberships;
import io.musubi.platform.Sql;
import io.musubi.platform.security.Actor;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.UUID;

/**
 * "Export my data": one JSON document with the account and, for a company's owners, everything the company stored —
 * profile and logo, certificates, needs, listings, team and invitations, conversations (the other side's messages
 * as the company saw them: the hidden firm of an anonymous need stays hidden), event participations with their
 * requests and meetings, recommendation feedback and introductions. Built by PostgreSQL from the rows themselves, so
 * a new column is exported without code; secrets (password hashes, link tokens) are left out.
 */
@Singleton
class DataExport {
    private final Sql sql;
    private final Memberships memberships;
    private final Clock clock;

    DataExport(Sql sql, Memberships memberships, Clock clock) {
        this.sql = sql;
        this.memberships = memberships;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    String export(Actor actor) {
        Memberships.Account account = memberships.account(actor.userId())
                .orElseThrow(() -> Actor.forbidden("Please log in again"));
        UUID company = account.companyRole() == CompanyRole.OWNER ? account.companyId() : null;
        return sql.one("""
                SELECT jsonb_build_object(
                  'format', 'musubi-export-1',
                  'exportedAt', ?::timestamptz,
                  'account', (SELECT to_jsonb(u) - 'password_hash' - 'token_version' FROM app_user u WHERE u.id = ?),
                  'messagesWritten', (SELECT coalesce(jsonb_agg(to_jsonb(m) ORDER BY m.created_at), '[]')
                                      FROM inquiry_message m WHERE m.author_user_id = ?),
                  'recommendationFeedback', (SELECT coalesce(jsonb_agg(to_jsonb(f)), '[]') FROM match_feedback f
                                             WHERE f.user_id = ?),
                  'company', CASE WHEN ?::uuid IS NULL THEN NULL ELSE jsonb_build_object(
                    'profile', (SELECT to_jsonb(c) FROM company c WHERE c.id = ?::uuid),
                    'logo', (SELECT jsonb_build_object('contentType', l.content_type,
                                    'base64', encode(l.content, 'base64')) FROM company_logo l
                             WHERE l.company_id = ?::uuid),
                    'certifications', (SELECT coalesce(jsonb_agg(to_jsonb(x)), '[]') FROM certification x
                                       WHERE x.company_id = ?::uuid),
                    'needs', (SELECT coalesce(jsonb_agg(to_jsonb(x)), '[]') FROM need x WHERE x.company_id = ?::uuid),
                    'capacities', (SELECT coalesce(jsonb_agg(to_jsonb(x)), '[]') FROM capacity x
                                   WHERE x.company_id = ?::uuid),
                    'members', (SELECT coalesce(jsonb_agg(jsonb_build_object('id', u.id, 'email', u.email,
                                    'displayName', u.display_name, 'companyRole', u.company_role,
                                    'joinedAt', u.joined_company_at)), '[]')
                                FROM app_user u WHERE u.company_id = ?::uuid),
                    'invitations', (SELECT coalesce(jsonb_agg(to_jsonb(x) - 'token_hash'), '[]') FROM invitation x
                                    WHERE x.company_id = ?::uuid),
                    'threads', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                    'id', i.id, 'subjectType', i.subject_type, 'subjectId', i.subject_id,
                                    'status', i.status, 'outgoing', i.from_company_id = ?::uuid,
                                    'counterpartCompanyId', CASE WHEN i.to_hidden AND i.from_company_id = ?::uuid
                                        THEN NULL WHEN i.from_company_id = ?::uuid THEN i.to_company_id
                                        ELSE i.from_company_id END,
                                    'createdAt', i.created_at,
                                    'messages', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                        'ours', m.author_company_id = ?::uuid, 'body', m.body,
                                        'createdAt', m.created_at) ORDER BY m.created_at), '[]')
                                        FROM inquiry_message m WHERE m.inquiry_id = i.id)) ORDER BY i.created_at),
                                    '[]')
                                FROM inquiry i WHERE i.from_company_id = ?::uuid OR i.to_company_id = ?::uuid),
                    'eventParticipations', (SELECT coalesce(jsonb_agg(to_jsonb(p) || jsonb_build_object(
                                    'event', jsonb_build_object('ja', e.name_ja, 'zh', e.name_zh, 'en', e.name_en),
                                    'requests', (SELECT coalesce(jsonb_agg(to_jsonb(r)), '[]') FROM meeting_request r
                                                 WHERE r.from_participant = p.id OR r.to_participant = p.id),
                                    'meetings', (SELECT coalesce(jsonb_agg(to_jsonb(mt)), '[]') FROM meeting mt
                                                 WHERE mt.participant_a = p.id OR mt.participant_b = p.id),
                                    'outcomes', (SELECT coalesce(jsonb_agg(to_jsonb(o)), '[]') FROM meeting_outcome o
                                                 WHERE o.participant_id = p.id),
                                    'surveyAnswers', (SELECT coalesce(jsonb_agg(to_jsonb(sa)), '[]')
                                                      FROM survey_answer sa WHERE sa.participant_id = p.id))), '[]')
                                FROM fair_participant p JOIN fair_event e ON e.id = p.event_id
                                WHERE p.company_id = ?::uuid),
                    'recommendationFeedback', (SELECT coalesce(jsonb_agg(to_jsonb(f)), '[]') FROM match_feedback f
                                               WHERE f.company_id = ?::uuid),
                    'introductions', (SELECT coalesce(jsonb_agg(to_jsonb(x) || jsonb_build_object('events',
                                    (SELECT coalesce(jsonb_agg(to_jsonb(ev)), '[]') FROM introduction_event ev
                                     WHERE ev.introduction_id = x.id))), '[]')
                                FROM introduction x WHERE x.company_a = ?::uuid OR x.company_b = ?::uuid)
                  ) END)::text""", row -> row.getString(1),
                clock.instant(), actor.userId(), actor.userId(), actor.userId(),
                company, company, company, company, company, company, company, company,
                company, company, company, company, company, company, company, company, company, company)
                .orElseThrow();
    }
}
