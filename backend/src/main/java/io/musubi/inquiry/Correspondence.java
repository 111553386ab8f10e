package io.musubi.inquiry;

import io.micronaut.transaction.annotation.Transactional;
import io.musubi.company.InquiryCorrespondence;
import io.musubi.platform.Sql;
import jakarta.inject.Singleton;
import java.util.UUID;

/** Whether a company has written a message in a thread with another: profiles ask it before showing contacts. */
@Singleton
class Correspondence implements InquiryCorrespondence {
    private final Sql sql;

    Correspondence(Sql sql) {
        this.sql = sql;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasWrittenTo(UUID writer, UUID reader) {
        return sql.count("""
                SELECT COUNT(*) FROM inquiry i
                WHERE ((i.from_company_id = ? AND i.to_company_id = ?) OR (i.from_company_id = ? AND i.to_company_id = ?))
                  AND EXISTS (SELECT 1 FROM inquiry_message m WHERE m.inquiry_id = i.id AND m.author_company_id = ?)
                """, writer, reader, reader, writer, writer) > 0;
    }
}
