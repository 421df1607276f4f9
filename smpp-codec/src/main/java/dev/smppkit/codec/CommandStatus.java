package dev.smppkit.codec;

import java.util.HashMap;
import java.util.Map;

/**
 * An SMPP {@code command_status} (SMPP 3.4 §5.1.3, Table 5-2). Every 3.4 code is a constant with its name and
 * description; other values (vendor codes 0x400–0x4FF, reserved codes some SMSCs send anyway) are kept as they are.
 *
 * <p>{@link #isTransient()} tells whether the same request may succeed later (throttling, full queue, temporary
 * application or system error) so a sender should retry, as opposed to a permanent rejection of the message.
 *
 * <p>Codes by range: 0x00–0xFF are SMPP 3.4 (those it does not name are reserved), 0x100–0x3FF are reserved for SMPP
 * extensions, 0x400–0x4FF are SMSC vendor-specific, and 0x500 and above are reserved. Each constant's comment gives
 * its wire value and the spec's description. Two statuses with the same code are {@linkplain #equals(Object) equal}
 * whether or not they are constants.
 */
public final class CommandStatus {
    private static final Map<Integer, CommandStatus> KNOWN = new HashMap<>();

    /** 0x00: No error. */
    public static final CommandStatus ESME_ROK = known(0x00, "ESME_ROK", "No error", false);
    /** 0x01: Message length is invalid. */
    public static final CommandStatus ESME_RINVMSGLEN =
            known(0x01, "ESME_RINVMSGLEN", "Message length is invalid", false);
    /** 0x02: Command length is invalid; sent in a {@code generic_nack} for a bad {@code command_length}. */
    public static final CommandStatus ESME_RINVCMDLEN =
            known(0x02, "ESME_RINVCMDLEN", "Command length is invalid", false);
    /** 0x03: Invalid command ID; sent in a {@code generic_nack} for an unknown {@code command_id}. */
    public static final CommandStatus ESME_RINVCMDID = known(0x03, "ESME_RINVCMDID", "Invalid command ID", false);
    /** 0x04: Incorrect BIND status for given command, e.g. a submit_sm on a receiver session or before binding. */
    public static final CommandStatus ESME_RINVBNDSTS =
            known(0x04, "ESME_RINVBNDSTS", "Incorrect BIND status for given command", false);
    /** 0x05: ESME already in bound state. */
    public static final CommandStatus ESME_RALYBND = known(0x05, "ESME_RALYBND", "ESME already in bound state", false);
    /** 0x06: Invalid priority flag. */
    public static final CommandStatus ESME_RINVPRTFLG = known(0x06, "ESME_RINVPRTFLG", "Invalid priority flag", false);
    /** 0x07: Invalid registered delivery flag. */
    public static final CommandStatus ESME_RINVREGDLVFLG =
            known(0x07, "ESME_RINVREGDLVFLG", "Invalid registered delivery flag", false);
    /** 0x08: System error. Transient: a retry may succeed. */
    public static final CommandStatus ESME_RSYSERR = known(0x08, "ESME_RSYSERR", "System error", true);
    /** 0x0A: Invalid source address. */
    public static final CommandStatus ESME_RINVSRCADR = known(0x0A, "ESME_RINVSRCADR", "Invalid source address", false);
    /** 0x0B: Invalid destination address. */
    public static final CommandStatus ESME_RINVDSTADR =
            known(0x0B, "ESME_RINVDSTADR", "Invalid destination address", false);
    /** 0x0C: Message ID is invalid. */
    public static final CommandStatus ESME_RINVMSGID = known(0x0C, "ESME_RINVMSGID", "Message ID is invalid", false);
    /** 0x0D: Bind failed. Transient: a retry may succeed. */
    public static final CommandStatus ESME_RBINDFAIL = known(0x0D, "ESME_RBINDFAIL", "Bind failed", true);
    /** 0x0E: Invalid password. */
    public static final CommandStatus ESME_RINVPASWD = known(0x0E, "ESME_RINVPASWD", "Invalid password", false);
    /** 0x0F: Invalid system ID. */
    public static final CommandStatus ESME_RINVSYSID = known(0x0F, "ESME_RINVSYSID", "Invalid system ID", false);
    /** 0x11: Cancel SM failed. */
    public static final CommandStatus ESME_RCANCELFAIL = known(0x11, "ESME_RCANCELFAIL", "Cancel SM failed", false);
    /** 0x13: Replace SM failed. */
    public static final CommandStatus ESME_RREPLACEFAIL = known(0x13, "ESME_RREPLACEFAIL", "Replace SM failed", false);
    /** 0x14: Message queue full. Transient: a retry may succeed. */
    public static final CommandStatus ESME_RMSGQFUL = known(0x14, "ESME_RMSGQFUL", "Message queue full", true);
    /** 0x15: Invalid service type. */
    public static final CommandStatus ESME_RINVSERTYP = known(0x15, "ESME_RINVSERTYP", "Invalid service type", false);
    /** 0x33: Invalid number of destinations. */
    public static final CommandStatus ESME_RINVNUMDESTS =
            known(0x33, "ESME_RINVNUMDESTS", "Invalid number of destinations", false);
    /** 0x34: Invalid distribution list name. */
    public static final CommandStatus ESME_RINVDLNAME =
            known(0x34, "ESME_RINVDLNAME", "Invalid distribution list name", false);
    /** 0x40: Destination flag is invalid (submit_multi). */
    public static final CommandStatus ESME_RINVDESTFLAG =
            known(0x40, "ESME_RINVDESTFLAG", "Destination flag is invalid (submit_multi)", false);
    /** 0x42: Invalid 'submit with replace' request. */
    public static final CommandStatus ESME_RINVSUBREP =
            known(0x42, "ESME_RINVSUBREP", "Invalid 'submit with replace' request", false);
    /** 0x43: Invalid esm_class field data. */
    public static final CommandStatus ESME_RINVESMCLASS =
            known(0x43, "ESME_RINVESMCLASS", "Invalid esm_class field data", false);
    /** 0x44: Cannot submit to distribution list. */
    public static final CommandStatus ESME_RCNTSUBDL =
            known(0x44, "ESME_RCNTSUBDL", "Cannot submit to distribution list", false);
    /** Often used by SMSCs for temporary failures, so it is treated as transient. */
    public static final CommandStatus ESME_RSUBMITFAIL =
            known(0x45, "ESME_RSUBMITFAIL", "submit_sm or submit_multi failed", true);

    /** 0x48: Invalid source address TON. */
    public static final CommandStatus ESME_RINVSRCTON =
            known(0x48, "ESME_RINVSRCTON", "Invalid source address TON", false);
    /** 0x49: Invalid source address NPI. */
    public static final CommandStatus ESME_RINVSRCNPI =
            known(0x49, "ESME_RINVSRCNPI", "Invalid source address NPI", false);
    /** 0x50: Invalid destination address TON. */
    public static final CommandStatus ESME_RINVDSTTON =
            known(0x50, "ESME_RINVDSTTON", "Invalid destination address TON", false);
    /** 0x51: Invalid destination address NPI. */
    public static final CommandStatus ESME_RINVDSTNPI =
            known(0x51, "ESME_RINVDSTNPI", "Invalid destination address NPI", false);
    /** 0x53: Invalid system_type field. */
    public static final CommandStatus ESME_RINVSYSTYP =
            known(0x53, "ESME_RINVSYSTYP", "Invalid system_type field", false);
    /** 0x54: Invalid replace_if_present flag. */
    public static final CommandStatus ESME_RINVREPFLAG =
            known(0x54, "ESME_RINVREPFLAG", "Invalid replace_if_present flag", false);
    /** 0x55: Invalid number of messages. */
    public static final CommandStatus ESME_RINVNUMMSGS =
            known(0x55, "ESME_RINVNUMMSGS", "Invalid number of messages", false);
    /** 0x58: Throttling error (ESME has exceeded allowed message limits). Transient: a retry may succeed. */
    public static final CommandStatus ESME_RTHROTTLED =
            known(0x58, "ESME_RTHROTTLED", "Throttling error (ESME has exceeded allowed message limits)", true);
    /** 0x61: Invalid scheduled delivery time. */
    public static final CommandStatus ESME_RINVSCHED =
            known(0x61, "ESME_RINVSCHED", "Invalid scheduled delivery time", false);
    /** 0x62: Invalid message validity period (expiry time). */
    public static final CommandStatus ESME_RINVEXPIRY =
            known(0x62, "ESME_RINVEXPIRY", "Invalid message validity period (expiry time)", false);
    /** 0x63: Predefined message invalid or not found. */
    public static final CommandStatus ESME_RINVDFTMSGID =
            known(0x63, "ESME_RINVDFTMSGID", "Predefined message invalid or not found", false);
    /** 0x64: ESME receiver temporary app error code. Transient: a retry may succeed. */
    public static final CommandStatus ESME_RX_T_APPN =
            known(0x64, "ESME_RX_T_APPN", "ESME receiver temporary app error code", true);
    /** 0x65: ESME receiver permanent app error code. */
    public static final CommandStatus ESME_RX_P_APPN =
            known(0x65, "ESME_RX_P_APPN", "ESME receiver permanent app error code", false);
    /** 0x66: ESME receiver reject message error code. */
    public static final CommandStatus ESME_RX_R_APPN =
            known(0x66, "ESME_RX_R_APPN", "ESME receiver reject message error code", false);
    /** 0x67: query_sm request failed. */
    public static final CommandStatus ESME_RQUERYFAIL =
            known(0x67, "ESME_RQUERYFAIL", "query_sm request failed", false);
    /** 0xC0: Error in the optional part of the PDU body. */
    public static final CommandStatus ESME_RINVOPTPARSTREAM =
            known(0xC0, "ESME_RINVOPTPARSTREAM", "Error in the optional part of the PDU body", false);
    /** 0xC1: Optional parameter not allowed. */
    public static final CommandStatus ESME_ROPTPARNOTALLWD =
            known(0xC1, "ESME_ROPTPARNOTALLWD", "Optional parameter not allowed", false);
    /** 0xC2: Invalid parameter length. */
    public static final CommandStatus ESME_RINVPARLEN =
            known(0xC2, "ESME_RINVPARLEN", "Invalid parameter length", false);
    /** 0xC3: Expected optional parameter missing. */
    public static final CommandStatus ESME_RMISSINGOPTPARAM =
            known(0xC3, "ESME_RMISSINGOPTPARAM", "Expected optional parameter missing", false);
    /** 0xC4: Invalid optional parameter value. */
    public static final CommandStatus ESME_RINVOPTPARAMVAL =
            known(0xC4, "ESME_RINVOPTPARAMVAL", "Invalid optional parameter value", false);
    /** 0xFE: Delivery failure (used for data_sm_resp). */
    public static final CommandStatus ESME_RDELIVERYFAILURE =
            known(0xFE, "ESME_RDELIVERYFAILURE", "Delivery failure (used for data_sm_resp)", false);
    /** 0xFF: Unknown error. */
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

    /**
     * The status for a wire value: the constant for a 3.4 code, otherwise a new value named by its range.
     *
     * @param code the 4-octet {@code command_status} from the PDU header; 0 is {@code ESME_ROK}
     * @return the constant for a 3.4 code; otherwise a new, non-transient status named by its hex value (e.g. {@code
     *     0x00000401}) whose {@link #description()} is "SMPP extension", "SMSC vendor-specific error" or "Reserved";
     *     never null
     */
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

    /**
     * The wire value.
     *
     * @return the {@code command_status} as sent in the header
     */
    public int code() {
        return code;
    }

    /**
     * The spec's name.
     *
     * @return e.g. {@code ESME_RTHROTTLED}, or the hex value such as {@code 0x00000401} for a code 3.4 does not define
     */
    public String name() {
        return name;
    }

    /**
     * The spec's description.
     *
     * @return the Table 5-2 description, e.g. "Message queue full"; for a code 3.4 does not define, the name of its
     *     range: "SMPP extension", "SMSC vendor-specific error" or "Reserved"
     */
    public String description() {
        return description;
    }

    /**
     * Whether this is {@code ESME_ROK}.
     *
     * @return true only for code 0
     */
    public boolean isOk() {
        return code == 0;
    }

    /**
     * Whether this is one of the codes that 3.4 defines.
     *
     * @return true for the constants of this class, false for vendor, extension and reserved codes
     */
    public boolean isKnown() {
        return KNOWN.get(code) == this;
    }

    /**
     * Whether a retry of the same request may succeed: ESME_RTHROTTLED, ESME_RMSGQFUL, ESME_RSYSERR, ESME_RX_T_APPN,
     * ESME_RSUBMITFAIL and ESME_RBINDFAIL. Every other error, including unknown codes, is permanent.
     *
     * @return true for the six codes above; false for {@code ESME_ROK} and every other code
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
