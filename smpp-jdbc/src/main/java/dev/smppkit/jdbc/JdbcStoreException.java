package dev.smppkit.jdbc;

import java.sql.SQLException;

/**
 * A database operation of the JDBC broker, correlator or inbox failed. The message names the operation and the
 * table; the cause is the driver's {@link SQLException} (or a JSON error for a stored message that cannot be read).
 */
public class JdbcStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for a failed operation.
     *
     * @param message the operation and the table that failed
     * @param cause the driver's exception, or the JSON error
     */
    public JdbcStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
