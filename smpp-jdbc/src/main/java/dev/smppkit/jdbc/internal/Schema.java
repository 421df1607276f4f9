package dev.smppkit.jdbc.internal;

import dev.smppkit.jdbc.JdbcDialect;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The DDL of a table, from {@code dev/smppkit/jdbc/schema/<dialect>/<kind>.sql}, with the configured table
 * name in place of {@code ${table}}, its unqualified part in place of {@code ${name}} (for index names, which
 * PostgreSQL and H2 keep per schema) and its schema with the dot, or nothing, in place of {@code ${schema}} (to name
 * an index to drop). Every statement is idempotent ({@code IF NOT EXISTS}).
 */
public final class Schema {
    private static final Pattern TABLE_NAME =
            Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");

    private Schema() {}

    /**
     * Checks a configured table name.
     *
     * @throws IllegalArgumentException unless it is a plain identifier, optionally schema-qualified
     */
    public static String checkTableName(String field, String table) {
        if (table == null || !TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException(field + " is '" + table
                    + "'; must be letters, digits and underscores (at most 63, not starting with a digit),"
                    + " optionally qualified by a schema as schema.table");
        }
        return table;
    }

    /** The statements creating a table of {@code kind} (outbox, correlation, inbox) named {@code table}. */
    public static List<String> statements(JdbcDialect dialect, String kind, String table) {
        return statements(dialect, kind, table, false);
    }

    /**
     * As {@link #statements(JdbcDialect, String, String)}; with {@code unlogged} (PostgreSQL) the table is created
     * {@code UNLOGGED}.
     */
    public static List<String> statements(JdbcDialect dialect, String kind, String table, boolean unlogged) {
        String path = "/dev/smppkit/jdbc/schema/" + dialect.resourceName() + "/" + kind + ".sql";
        String sql;
        try (InputStream in = Schema.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + path, e);
        }
        String name = table.substring(table.indexOf('.') + 1);
        String schema = table.substring(0, table.indexOf('.') + 1);
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String s = current.toString().strip();
                if (unlogged && s.startsWith("CREATE TABLE ")) {
                    s = "CREATE UNLOGGED TABLE " + s.substring("CREATE TABLE ".length());
                }
                statements.add(s.substring(0, s.length() - 1)
                        .replace("${table}", table)
                        .replace("${name}", name)
                        .replace("${schema}", schema));
                current.setLength(0);
            }
        }
        return List.copyOf(statements);
    }
}
