package dev.smppkit.cli.internal;

/** The exit codes of every {@code smpp} command; listed in each command's help. */
public final class ExitCodes {
    /** The command did what was asked (send: the SMSC accepted the message). */
    public static final int OK = 0;
    /** The SMSC rejected the message, or it failed after the bind (e.g. no submit_sm_resp in time). */
    public static final int REJECTED = 1;
    /** A bad flag or value; the error line names it. */
    public static final int USAGE = 2;
    /** The SMSC refused the bind (wrong password, unknown system_id...), or it timed out. */
    public static final int BIND_REFUSED = 3;
    /** The SMSC could not be reached: connection refused, unknown host, TLS failure, connection closed. */
    public static final int UNREACHABLE = 4;
    /** send --wait-receipt: the delivery receipt did not arrive in time. */
    public static final int NO_RECEIPT = 5;
    /** A bug or an unexpected error; the error line has its type and message. */
    public static final int SOFTWARE = 70;

    /** The exit code section of a command's help. */
    public static final String HELP = "%nExit codes:%n"
            + "  0   done (send: accepted)%n"
            + "  1   rejected by the SMSC, or the message failed (e.g. response timeout)%n"
            + "  2   bad flag or value%n"
            + "  3   bind refused or timed out%n"
            + "  4   SMSC unreachable (connection refused, closed, TLS failure)%n"
            + "  5   receipt not received in time (send --wait-receipt)%n"
            + "  70  unexpected error";

    private ExitCodes() {}
}
