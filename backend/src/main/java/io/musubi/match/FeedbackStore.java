package io.musubi.match;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
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

    private final JdbcOperations jdbc;

    FeedbackStore(JdbcOperations jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Transactional
    void set(UUID user, UUID company, Ref subject, Ref candidate, Verdict verdict) {
        jdbc.prepareStatement("""
                INSERT INTO match_feedback (user_id, company_id, subject_type, subject_id, candidate_type,
                                            candidate_id, verdict, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (user_id, subject_type, subject_id, candidate_type, candidate_id)
                DO UPDATE SET verdict = EXCLUDED.verdict, updated_at = EXCLUDED.updated_at""", statement -> {
            statement.setObject(1, user);
            statement.setObject(2, company);
            statement.setString(3, subject.type());
            statement.setObject(4, subject.id());
            statement.setString(5, candidate.type());
            statement.setObject(6, candidate.id());
            statement.setString(7, verdict.name());
            statement.setTimestamp(8, Timestamp.from(Instant.now(clock)));
            return statement.executeUpdate();
        });
    }

    @Transactional
    void clear(UUID user, Ref subject, Ref candidate) {
        jdbc.prepareStatement("DELETE FROM match_feedback WHERE user_id = ? AND subject_type = ? AND subject_id = ? "
                + "AND candidate_type = ? AND candidate_id = ?", statement -> {
            statement.setObject(1, user);
            statement.setString(2, subject.type());
            statement.setObject(3, subject.id());
            statement.setString(4, candidate.type());
            statement.setObject(5, candidate.id());
            return statement.executeUpdate();
        });
    }

    /** Every verdict given on recommendations for this subject. */
    @Transactional(readOnly = true)
    List<Feedback> aboutSubject(Ref subject) {
        return query("SELECT * FROM match_feedback WHERE subject_type = ? AND subject_id = ?", subject);
    }

    /** "Interested" verdicts others gave on this record when it was recommended to them. */
    @Transactional(readOnly = true)
    List<Feedback> interestIn(Ref candidate) {
        return query("SELECT * FROM match_feedback WHERE candidate_type = ? AND candidate_id = ? "
                + "AND verdict = 'INTERESTED'", candidate);
    }

    private List<Feedback> query(String sql, Ref ref) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, ref.type());
            statement.setObject(2, ref.id());
            List<Feedback> rows = new ArrayList<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    rows.add(new Feedback(r.getObject("user_id", UUID.class), r.getObject("company_id", UUID.class),
                            new Ref(r.getString("subject_type"), r.getObject("subject_id", UUID.class)),
                            new Ref(r.getString("candidate_type"), r.getObject("candidate_id", UUID.class)),
                            Verdict.valueOf(r.getString("verdict"))));
                }
            }
            return rows;
        });
    }
}
