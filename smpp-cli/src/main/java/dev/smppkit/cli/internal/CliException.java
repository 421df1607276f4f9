package dev.smppkit.cli.internal;

/**
 * A failure a command reports as one line on stderr with its own exit code: {@code bind refused: ESME_RINVPASWD ...},
 * {@code connection refused: 127.0.0.1:2775}. Not for bad flags, which are picocli's parameter exceptions.
 */
public final class CliException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    /** See {@link ExitCodes}. */
    public int exitCode() {
        return exitCode;
    }
}
