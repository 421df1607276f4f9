package dev.smppkit.codec;

import java.util.HashMap;
import java.util.Map;

/**
 * An SMPP {@code command_status} (SMPP 3.4 §5.1.3, Table 5-2). Every 3.4 code is a constant with its name and
 * description; other values (vendor codes 0x400–0x4FF, reserved codes some SMSCs send anyway) are kept as they are.
 *
 * <p>{@link #isTransient()} tells whether the same request may succeed later (throttling, full queue, temporary
 * application or system error) so a sender should retry, as opposed to a permanent rejection of the message.
 */
public final class CommandStatus {
    private static final Map<Integer, CommandStatus> KNOWN = new HashMap<>();

    public static final CommandStatus ESME_ROK = known(0x00, "ESME_ROK", "No error", false);
    public static final CommandStatus ESME_RINVMSGLEN =
            known(0x01, "ESME_RINVMSGLEN", "Message length is invalid", false);
    public static final CommandStatus ESME_RINVCMDLEN =
            known(0x02, "ESME_RINVCMDLEN", "Command length is invalid", false);
    public static final CommandStatus ESME_RINVCMDID = known(0x03, "ESME_RINVCMDID", "Invalid command ID", false);
    public static final CommandStatus ESME_RINVBNDSTS =
            known(0x04, "ESME_RINVBNDSTS", "Incorrect BIND status for given command", false);
    public static final CommandStatus ESME_RALYBND = known(0x05, "ESME_RALYBND", "ESME already in bound state", false);
    public static final CommandStatus ESME_RINVPRTFLG = known(0x06, "ESME_RINVPRTFLG", "Invalid priority flag", false);
    public static final CommandStatus ESME_RINVREGDLVFLG =
            known(0x07, "ESME_RINVREGDLVFLG", "Invalid registered delivery flag", false);
    public static final CommandStatus ESME_RSYSERR = known(0x08, "ESME_RSYSERR", "System error", true);
    public static final CommandStatus ESME_RINVSRCADR = known(0x0A, "ESME_RINVSRCADR", "Invalid source address", false);
    public static final CommandStatus ESME_RINVDSTADR =
            known(0x0B, "ESME_RINVDSTADR", "Invalid destination address", false);
    public static final CommandStatus ESME_RINVMSGID = known(0x0C, "ESME_RINVMSGID", "Message ID is invalid", false);
    public static final CommandStatus ESME_RBINDFAIL = known(0x0D, "ESME_RBINDFAIL", "Bind failed", true);
    public static final CommandStatus ESME_RINVPASWD = known(0x0E, "ESME_RINVPASWD", "Invalid password", false);
    public static final CommandStatus ESME_RINVSYSID = known(0x0F, "ESME_RINVSYSID", "Invalid system ID", false);
    public static final CommandStatus ESME_RCANCELFAIL = known(0x11, "ESME_RCANCELFAIL", "Cancel SM failed", false);
    public static final CommandStatus ESME_RREPLACEFAIL = known(0x13, "ESME_RREPLACEFAIL", "Replace SM failed", false);
    public static final CommandStatus ESME_RMSGQFUL = known(0x14, "ESME_RMSGQFUL", "Message queue full", true);
    public static final CommandStatus ESME_RINVSERTYP = known(0x15, "ESME_RINVSERTYP", "Invalid service type", false);
    public static final CommandStatus ESME_RINVNUMDESTS =
            known(0x33, "ESME_RINVNUMDESTS", "Invalid number of destinations", false);
    public static final CommandStatus ESME_RINVDLNAME =
            known(0x34, "ESME_RINVDLNAME", "Invalid distribution list name", false);
    public static final CommandStatus ESME_RINVDESTFLAG =
            known(0x40, "ESME_RINVDESTFLAG", "Destination flag is invalid (submit_multi)", false);
    public static final CommandStatus ESME_RINVSUBREP =
            known(0x42, "ESME_RINVSUBREP", "Invalid 'submit with replace' request", false);
    public static final CommandStatus ESME_RINVESMCLASS =
            known(0x43, "ESME_RINVESMCLASS", "Invalid esm_class field data", false);
    public static final CommandStatus ESME_RCNTSUBDL =
            known(0x44, "ESME_RCNTSUBDL", "Cannot submit to distribution list", false);
    /** Often used by SMSCs for temporary failures, so it is treated as transient. */
    public static final CommandStatus ESME_RSUBMITFAIL =
            known(0x45, "ESME_RSUBMITFAIL", "submit_sm or submit_multi failed", true);

    public static final CommandStatus ESME_RINVSRCTON =
            known(0x48, "ESME_RINVSRCTON", "Invalid source address TON", false);
    public static final CommandStatus ESME_RINVSRCNPI =
            known(0x49, "ESME_RINVSRCNPI", "Invalid source address NPI", false);
    public static final CommandStatus ESME_RINVDSTTON =
            known(0x50, "ESME_RINVDSTTON", "Invalid destination address TON", false);
    public static final CommandStatus ESME_RINVDSTNPI =
            known(0x51, "ESME_RINVDSTNPI", "Invalid destination address NPI", false);
    public static final CommandStatus ESME_RINVSYSTYP =
            known(0x53, "ESME_RINVSYSTYP", "Invalid system_type field", false);
    public static final CommandStatus ESME_RINVREPFLAG =
            known(0x54, "ESME_RINVREPFLAG", "Invalid replace_if_present flag", false);
    public static final CommandStatus ESME_RINVNUMMSGS =
            known(0x55, "ESME_RINVNUMMSGS", "Invalid number of messages", false);
    public static final CommandStatus ESME_RTHROTTLED =
            known(0x58, "ESME_RTHROTTLED", "Throttling error (ESME has exceeded allowed message limits)", true);
    public static final CommandStatus ESME_RINVSCHED =
            known(0x61, "ESME_RINVSCHED", "Invalid scheduled delivery time", false);
    public static final CommandStatus ESME_RINVEXPIRY =
            known(0x62, "ESME_RINVEXPIRY", "Invalid message validity period (expiry time)", false);
    public static final CommandStatus ESME_RINVDFTMSGID =
            known(0x63, "ESME_RINVDFTMSGID", "Predefined message invalid or not found", false);
    public static final CommandStatus ESME_RX_T_APPN =
            known(0x64, "ESME_RX_T_APPN", "ESME receiver temporary app error code", true);
    public static final CommandStatus ESME_RX_P_APPN =
            known(0x65, "ESME_RX_P_APPN", "ESME receiver permanent app error code", false);
    public static final CommandStatus ESME_RX_R_APPN =
            known(0x66, "ESME_RX_R_APPN", "ESME receiver reject message error code", false);
    public static final CommandStatus ESME_RQUERYFAIL =
            known(0x67, "ESME_RQUERYFAIL", "query_sm request failed", false);
    public static final CommandStatus ESME_RINVOPTPARSTREAM =
            known(0xC0, "ESME_RINVOPTPARSTREAM", "Error in the optional part of the PDU body", false);
    public static final CommandStatus ESME_ROPTPARNOTALLWD =
            known(0xC1, "ESME_ROPTPARNOTALLWD", "Optional parameter not allowed", false);
    public static final CommandStatus ESME_RINVPARLEN =
            known(0xC2, "ESME_RINVPARLEN", "Invalid parameter length", false);
    public static final CommandStatus ESME_RMISSINGOPTPARAM =
            known(0xC3, "ESME_RMISSINGOPTPARAM", "Expected optional parameter missing", false);
    public static final CommandStatus ESME_RINVOPTPARAMVAL =
            known(0xC4, "ESME_RINVOPTPARAMVAL", "Invalid optional parameter value", false);
    public static final CommandStatus ESME_RDELIVERYFAILURE =
            known(0xFE, "ESME_RDELIVERYFAILURE", "Delivery failure (used for data_sm_resp)", false);
    public static final CommandStatus ESME_RUNKNOWNERR = known(0xFF, "ESME_RUNKNOWNERR", "Unknown error", false);

    private final int code;
    private final String name;
    private final String description;
    private final boolean isTransient;

    private CommandStatus(int code, String name, String description, boolean isTransient) {
        this.code = code;
        this.name = name;
        this.description = description;
        this.isTransient = isTransient;
    }

    private static CommandStatus known(int code, String name, String description, boolean isTransient) {
        CommandStatus status = new CommandStatus(code, name, description, isTransient);
        KNOWN.put(code, status);
        return status;
    }

    /** The status for a wire value: the constant for a 3.4 code, otherwise a new value named by its range. */
    public static CommandStatus of(int code) {
        if (code == 0) {
            return ESME_ROK; // the hot path: skip the map
        }
        CommandStatus status = KNOWN.get(code);
        if (status != null) {
            return status;
        }
        String range;
        if (code >= 0x100 && code <= 0x3FF) {
            range = "SMPP extension";
        } else if (code >= 0x400 && code <= 0x4FF) {
            range = "SMSC vendor-specific error";
        } else {
            range = "Reserved";
        }
        return new CommandStatus(code, String.format("0x%08X", code), range, false);
    }

    /** The wire value. */
    public int code() {
        return code;
    }

    /** The spec's name, e.g. {@code ESME_RTHROTTLED}, or the hex value for a code 3.4 does not define. */
    public String name() {
        return name;
    }

    /** The spec's description. */
    public String description() {
        return description;
    }

    /** Whether this is {@code ESME_ROK}. */
    public boolean isOk() {
        return code == 0;
    }

    /** Whether this is one of the codes that 3.4 defines. */
    public boolean isKnown() {
        return KNOWN.get(code) == this;
    }

    /**
     * Whether a retry of the same request may succeed: ESME_RTHROTTLED, ESME_RMSGQFUL, ESME_RSYSERR, ESME_RX_T_APPN,
     * ESME_RSUBMITFAIL and ESME_RBINDFAIL. Every other error, including unknown codes, is permanent.
     */
    public boolean isTransient() {
        return isTransient;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommandStatus other && other.code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    @Override
    public String toString() {
        return name + String.format("(0x%08X)", code);
    }
}
