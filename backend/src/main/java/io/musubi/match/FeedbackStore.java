package io.musubi.match;

import io.micronaut.transaction.annotation.Transactional;
import io.musubi.platform.Sql;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Users' verdicts on recommendations ("interested", "not relevant"), one per user, subject and candidate. */
@Singleton
class FeedbackStore {
    private final Clock clock;
    enum Verdict { INTERESTED, NOT_RELEVANT }

    /** {@code companyId}: the company the user acted for (null for staff). */
    record Feedback(UUID userId, UUID companyId, Ref subject, Ref candidate, Verdict verdict) {
    }

    private final Sql sql;

    FeedbackStore(Sql sql, Clock clock) {
        this.clock = clock;
        this.sql = sql;
    }

    @Transactional
    void set(UUID user, UUID company, Ref subject, Ref candidate, Verdict verdict) {
        sql.update("""
                INSERT INTO match_feedback (user_id, company_id, subject_type, subject_id, candidate_type,
                                            candidate_id, verdict, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (user_id, subject_type, subject_id, candidate_type, candidate_id)
                DO UPDATE SET verdict = EXCLUDED.verdict, updated_at = EXCLUDED.updated_at""", user, company,
                subject.type(), subject.id(), candidate.type(), candidate.id(), verdict, clock.instant());
    }

    @Transactional
    void clear(UUID user, Ref subject, Ref candidate) {
        sql.update("DELETE FROM match_feedback WHERE user_id = ? AND subject_type = ? AND subject_id = ? "
                + "AND candidate_type = ? AND candidate_id = ?", user, subject.type(), subject.id(), candidate.type(),
                candidate.id());
    }

    /** Every verdict given on recommendations for this subject. */
    @Transactional(readOnly = true)
    List<Feedback> aboutSubject(Ref subject) {
        return sql.list("SELECT * FROM match_feedback WHERE subject_type = ? AND subject_id = ?",
                FeedbackStore::feedback, subject.type(), subject.id());
    }

    /** "Interested" verdicts others gave on this record when it was recommended to them. */
    @Transactional(readOnly = true)
    List<Feedback> interestIn(Ref candidate) {
        return sql.list("SELECT * FROM match_feedback WHERE candidate_type = ? AND candidate_id = ? AND verdict = ?",
                FeedbackStore::feedback, candidate.type(), candidate.id(), Verdict.INTERESTED);
    }

    private static Feedback feedback(ResultSet r) throws SQLException {
        return new Feedback(r.getObject("user_id", UUID.class), r.getObject("company_id", UUID.class),
                new Ref(r.getString("subject_type"), r.getObject("subject_id", UUID.class)),
                new Ref(r.getString("candidate_type"), r.getObject("candidate_id", UUID.class)),
                Verdict.valueOf(r.getString("verdict")));
    }
}
