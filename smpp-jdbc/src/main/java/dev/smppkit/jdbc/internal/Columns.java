package dev.smppkit.jdbc.internal;

import dev.smppkit.jdbc.JdbcDialect;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Binds and reads instants per dialect. PostgreSQL and H2 store {@code TIMESTAMP WITH TIME ZONE}, bound as UTC
 * {@link OffsetDateTime}; MariaDB stores {@code DATETIME(3)} holding UTC, bound as {@link LocalDateTime} so that no
 * session time zone is applied. Instants are truncated to milliseconds, the columns' precision, so that a value read
 * back compares equal to the one written.
 */
public final class Columns {
    private final JdbcDialect dialect;

    public Columns(JdbcDialect dialect) {
        this.dialect = dialect;
    }

    public static Instant millis(Instant t) {
        return t.truncatedTo(ChronoUnit.MILLIS);
    }

    public void setInstant(PreparedStatement ps, int index, Instant t) throws SQLException {
        if (t == null) {
            ps.setNull(
                    index,
                    dialect == JdbcDialect.MARIADB ? java.sql.Types.TIMESTAMP : java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
        } else if (dialect == JdbcDialect.MARIADB) {
            ps.setObject(index, LocalDateTime.ofInstant(millis(t), ZoneOffset.UTC));
        } else {
            ps.setObject(index, OffsetDateTime.ofInstant(millis(t), ZoneOffset.UTC));
        }
    }

    public Instant getInstant(ResultSet rs, String column) throws SQLException {
        if (dialect == JdbcDialect.MARIADB) {
            LocalDateTime t = rs.getObject(column, LocalDateTime.class);
            return t == null ? null : t.toInstant(ZoneOffset.UTC);
        }
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** An integer column that may be NULL. */
    public static Integer getInteger(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    /** The SQL for a JSON parameter: PostgreSQL's jsonb column needs the text cast, the others take it as is. */
    public String jsonParameter() {
        return dialect == JdbcDialect.POSTGRESQL ? "CAST(? AS JSONB)" : "?";
    }
}
