package io.musubi.platform;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Plain SQL inside the caller's transaction, for features whose queries (locks, joins, aggregates) say more in SQL
 * than in repository methods. Parameters: UUID, String, numbers, booleans, LocalDate/LocalTime, {@link Instant}
 * (stored as timestamptz) and {@link IntArray} (an SQL integer array).
 */
@Singleton
@Connectable // reads outside a transaction get a connection of their own; inside one, the transaction's
public class Sql {
    private final JdbcOperations jdbc;

    public Sql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Maps one row; called with the cursor on the row. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** An SQL {@code uuid[]} parameter (for {@code = ANY(?)}). */
    public record UuidArray(Collection<java.util.UUID> values) {
    }

    /** An SQL {@code text[]} parameter. */
    public record TextArray(Collection<String> values) {
    }

    /** An SQL {@code int[]} parameter. */
    public record IntArray(Collection<Integer> values) {
    }

    public <T> List<T> list(String sql, Row<T> mapper, Object... params) {
        return jdbc.prepareStatement(sql, (PreparedStatement statement) -> {
            bind(statement, params);
            List<T> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
            }
            return result;
        });
    }

    public <T> Optional<T> one(String sql, Row<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public long count(String sql, Object... params) {
        return one(sql, r -> r.getLong(1), params).orElse(0L);
    }

    public int update(String sql, Object... params) {
        return jdbc.prepareStatement(sql, (PreparedStatement statement) -> {
            bind(statement, params);
            return statement.executeUpdate();
        });
    }

    /** One statement executed for every parameter row, as a JDBC batch. */
    public void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(sql, (PreparedStatement statement) -> {
            for (Object[] params : rows) {
                bind(statement, params);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static List<String> texts(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    public static List<Integer> ints(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        List<Integer> values = new ArrayList<>();
        if (array != null) {
            for (Object value : (Object[]) array.getArray()) {
                values.add(((Number) value).intValue());
            }
        }
        return values;
    }

    private static void bind(PreparedStatement statement, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            if (value instanceof Instant instant) {
                statement.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
            } else if (value instanceof IntArray array) {
                statement.setArray(i + 1, statement.getConnection().createArrayOf("integer",
                        array.values().toArray(new Integer[0])));
            } else if (value instanceof TextArray array) {
                statement.setArray(i + 1, statement.getConnection().createArrayOf("text",
                        array.values().toArray(new String[0])));
            } else if (value instanceof UuidArray array) {
                statement.setArray(i + 1, statement.getConnection().createArrayOf("uuid",
                        array.values().toArray(new java.util.UUID[0])));
            } else if (value instanceof Enum<?> e) {
                statement.setString(i + 1, e.name());
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
