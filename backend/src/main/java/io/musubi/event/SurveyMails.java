package io.musubi.event;

import io.musubi.platform.Sql;
import io.musubi.platform.i18n.Localized;
import io.musubi.platform.mail.MailSettings;
import io.musubi.platform.mail.MailTemplates;
import io.musubi.platform.mail.Mailbox;
import jakarta.inject.Singleton;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A survey round's mail to a participant: to each active, confirmed member of its company, in their language, every
 * held meeting (counterpart, day) with one link per answer. Posted in the caller's transaction, keyed by round,
 * participant and member, so it is stored once whatever runs it again.
 */
@Singleton
class SurveyMails {
    static final String TEMPLATE = "follow-up-survey";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final Sql sql;
    private final Mailbox mailbox;
    private final MailTemplates templates;
    private final MailSettings mailSettings;
    private final SurveyLinks links;

    SurveyMails(Sql sql, Mailbox mailbox, MailTemplates templates, MailSettings mailSettings, SurveyLinks links) {
        this.sql = sql;
        this.mailbox = mailbox;
        this.templates = templates;
        this.mailSettings = mailSettings;
        this.links = links;
    }

    private record Meeting(UUID id, int slot, Localized counterpart) {
    }

    private record Member(UUID participantId, UUID userId, String email, String language, String displayName) {
    }

    /** Mails the participants about their held meetings in the round's event. */
    void post(SurveyRounds.Due round, List<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return;
        }
        Sql.UuidArray ids = new Sql.UuidArray(participantIds);
        Map<UUID, List<Meeting>> meetings = new LinkedHashMap<>();
        sql.list("""
                SELECT s.p, m.id, m.slot, c.name_ja, c.name_zh, c.name_en
                FROM meeting m
                CROSS JOIN LATERAL (VALUES (m.participant_a, m.participant_b), (m.participant_b, m.participant_a)) s(p, o)
                JOIN fair_participant other ON other.id = s.o
                JOIN company_directory c ON c.id = other.company_id
                WHERE m.event_id = ? AND s.p = ANY(?) AND m.slot IS NOT NULL AND %s
                ORDER BY s.p, m.slot""".formatted(Outcomes.HELD), r -> meetings.computeIfAbsent(
                r.getObject(1, UUID.class), p -> new ArrayList<>()).add(new Meeting(r.getObject(2, UUID.class),
                r.getInt(3), new Localized(r.getString(4), r.getString(5), r.getString(6)))),
                round.event().id(), ids);
        List<Member> members = sql.list("""
                SELECT p.id, u.id, u.email, u.language, u.display_name
                FROM fair_participant p JOIN user_directory u ON u.company_id = p.company_id
                WHERE p.id = ANY(?) AND u.active AND u.email_confirmed""",
                r -> new Member(r.getObject(1, UUID.class), r.getObject(2, UUID.class), r.getString(3),
                        r.getString(4), r.getString(5)), ids);
        for (Member member : members) {
            List<Meeting> held = meetings.getOrDefault(member.participantId(), List.of());
            if (!held.isEmpty()) {
                mail(round, member, held);
            }
        }
    }

    private void mail(SurveyRounds.Due round, Member to, List<Meeting> held) {
        String language = to.language();
        FairEvent event = round.event();
        List<String> items = new ArrayList<>();
        for (Meeting meeting : held) {
            StringBuilder item = new StringBuilder("・").append(in(meeting.counterpart(), language)).append(" — ")
                    .append(DAY.format(event.timetable().slot(meeting.slot()).start()));
            for (SurveyAnswer answer : SurveyAnswer.values()) {
                item.append('\n').append(templates.text(language, TEMPLATE + ".answer." + answer.name()))
                        .append(": ").append(mailSettings.link(links.path(new SurveyLinks.Target(round.id(),
                                meeting.id(), to.participantId(), answer))));
            }
            items.add(item.toString());
        }
        mailbox.post(templates.render(TEMPLATE, language, TEMPLATE + ":" + round.id() + ":" + to.participantId()
                        + ":" + to.userId(), to.email(), null, in(event.names(), language), round.monthsAfter(),
                to.displayName(), String.join("\n\n", items), held.size()));
    }

    /** The text in {@code language}, else in any language it has. */
    static String in(Localized text, String language) {
        String chosen = switch (language) {
            case "zh" -> text.zh();
            case "en" -> text.en();
            default -> text.ja();
        };
        return chosen != null ? chosen : text.any().orElse("");
    }
}
