package io.musubi.event;

import io.musubi.platform.i18n.Localized;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A participant as others see it in a request or meeting ({@link MeetingRequests.Ref}): the SQL that joins it (its
 * company's names through the company_directory view) and reads it back.
 */
final class ParticipantRefs {
    private ParticipantRefs() {
    }

    /** The columns {@link #read} reads, of participant {@code p} joined by {@link #join} as {@code p} / {@code pc}. */
    static String columns(String p) {
        return "%1$s.id AS %1$s_id, %1$s.company_id AS %1$s_company, %1$s.role AS %1$s_role, %1$sc.name_ja AS %1$s_ja, "
                .formatted(p) + "%1$sc.name_zh AS %1$s_zh, %1$sc.name_en AS %1$s_en".formatted(p);
    }

    static String join(String p, String participantColumn) {
        return (" JOIN fair_participant %1$s ON %1$s.id = %2$s"
                + " JOIN company_directory %1$sc ON %1$sc.id = %1$s.company_id").formatted(p, participantColumn);
    }

    static MeetingRequests.Ref read(ResultSet r, String p) throws SQLException {
        return new MeetingRequests.Ref(r.getObject(p + "_id", UUID.class), r.getObject(p + "_company", UUID.class),
                new Localized(r.getString(p + "_ja"), r.getString(p + "_zh"), r.getString(p + "_en")),
                ParticipantRole.valueOf(r.getString(p + "_role")));
    }
}
