package dev.smppkit.codec;

import java.util.HashMap;
import java.util.Map;

/**
 * An SMPP {@code command_id} (SMPP 3.4 §5.1.2, Table 5-1). Every 3.4 command is a constant; other values are kept as
 * they are so that a PDU with an unknown id can be answered with {@code generic_nack ESME_RINVCMDID}.
 */
public final class CommandId {
    /** The bit that marks a response. */
    public static final int RESPONSE_BIT = 0x80000000;

    private static final Map<Integer, CommandId> KNOWN = new HashMap<>();

    public static final CommandId GENERIC_NACK = known(0x80000000, "generic_nack");
    public static final CommandId BIND_RECEIVER = known(0x00000001, "bind_receiver");
    public static final CommandId BIND_RECEIVER_RESP = known(0x80000001, "bind_receiver_resp");
    public static final CommandId BIND_TRANSMITTER = known(0x00000002, "bind_transmitter");
    public static final CommandId BIND_TRANSMITTER_RESP = known(0x80000002, "bind_transmitter_resp");
    public static final CommandId QUERY_SM = known(0x00000003, "query_sm");
    public static final CommandId QUERY_SM_RESP = known(0x80000003, "query_sm_resp");
    public static final CommandId SUBMIT_SM = known(0x00000004, "submit_sm");
    public static final CommandId SUBMIT_SM_RESP = known(0x80000004, "submit_sm_resp");
    public static final CommandId DELIVER_SM = known(0x00000005, "deliver_sm");
    public static final CommandId DELIVER_SM_RESP = known(0x80000005, "deliver_sm_resp");
    public static final CommandId UNBIND = known(0x00000006, "unbind");
    public static final CommandId UNBIND_RESP = known(0x80000006, "unbind_resp");
    public static final CommandId REPLACE_SM = known(0x00000007, "replace_sm");
    public static final CommandId REPLACE_SM_RESP = known(0x80000007, "replace_sm_resp");
    public static final CommandId CANCEL_SM = known(0x00000008, "cancel_sm");
    public static final CommandId CANCEL_SM_RESP = known(0x80000008, "cancel_sm_resp");
    public static final CommandId BIND_TRANSCEIVER = known(0x00000009, "bind_transceiver");
    public static final CommandId BIND_TRANSCEIVER_RESP = known(0x80000009, "bind_transceiver_resp");
    public static final CommandId OUTBIND = known(0x0000000B, "outbind");
    public static final CommandId ENQUIRE_LINK = known(0x00000015, "enquire_link");
    public static final CommandId ENQUIRE_LINK_RESP = known(0x80000015, "enquire_link_resp");
    public static final CommandId SUBMIT_MULTI = known(0x00000021, "submit_multi");
    public static final CommandId SUBMIT_MULTI_RESP = known(0x80000021, "submit_multi_resp");
    public static final CommandId ALERT_NOTIFICATION = known(0x00000102, "alert_notification");
    public static final CommandId DATA_SM = known(0x00000103, "data_sm");
    public static final CommandId DATA_SM_RESP = known(0x80000103, "data_sm_resp");

    private final int value;
    private final String name;

    private CommandId(int value, String name) {
        this.value = value;
        this.name = name;
    }

    private static CommandId known(int value, String name) {
        CommandId id = new CommandId(value, name);
        KNOWN.put(value, id);
        return id;
    }

    /** The id for a wire value: the constant for a 3.4 command, otherwise a new value named by its hex code. */
    public static CommandId of(int value) {
        CommandId id = KNOWN.get(value);
        return id != null ? id : new CommandId(value, String.format("0x%08X", value));
    }

    /** The wire value. */
    public int value() {
        return value;
    }

    /** The spec's name, e.g. {@code submit_sm}, or the hex value for an id 3.4 does not define. */
    public String name() {
        return name;
    }

    /** Whether this is one of the commands SMPP 3.4 defines. */
    public boolean isKnown() {
        return KNOWN.get(value) == this;
    }

    /** Whether the response bit (0x80000000) is set. */
    public boolean isResponse() {
        return (value & RESPONSE_BIT) != 0;
    }

    /**
     * Whether a peer must answer this command: every request except {@code outbind} and {@code alert_notification}.
     */
    public boolean expectsResponse() {
        return !isResponse() && value != OUTBIND.value && value != ALERT_NOTIFICATION.value;
    }

    /** The matching response id (this id with the response bit set). */
    public CommandId responseId() {
        return of(value | RESPONSE_BIT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommandId other && other.value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    @Override
    public String toString() {
        return name;
    }
}
