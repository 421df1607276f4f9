package dev.smppkit.codec;

import java.util.HashMap;
import java.util.Map;

/**
 * An SMPP {@code command_id} (SMPP 3.4 §5.1.2, Table 5-1). Every 3.4 command is a constant; other values are kept as
 * they are so that a PDU with an unknown id can be answered with {@code generic_nack ESME_RINVCMDID}.
 *
 * <p>Request ids lie in 0x00000000–0x000001FF and each response id is its request id with {@link #RESPONSE_BIT} set.
 * 0x00000104–0x0000FFFF is reserved for SMPP extensions and 0x00010200–0x000102FF for SMSC vendors. Each constant's
 * comment gives its wire value and the section of the spec that defines its body. Two ids with the same value are
 * {@linkplain #equals(Object) equal} whether or not they are constants.
 */
public final class CommandId {
    /** The bit that marks a response. */
    public static final int RESPONSE_BIT = 0x80000000;

    private static final Map<Integer, CommandId> KNOWN = new HashMap<>();

    /** {@code generic_nack} (0x80000000, §4.3); the answer to a PDU whose header could not be processed. */
    public static final CommandId GENERIC_NACK = known(0x80000000, "generic_nack");
    /** {@code bind_receiver} (0x00000001, §4.1.3). */
    public static final CommandId BIND_RECEIVER = known(0x00000001, "bind_receiver");
    /** {@code bind_receiver_resp} (0x80000001, §4.1.4). */
    public static final CommandId BIND_RECEIVER_RESP = known(0x80000001, "bind_receiver_resp");
    /** {@code bind_transmitter} (0x00000002, §4.1.1). */
    public static final CommandId BIND_TRANSMITTER = known(0x00000002, "bind_transmitter");
    /** {@code bind_transmitter_resp} (0x80000002, §4.1.2). */
    public static final CommandId BIND_TRANSMITTER_RESP = known(0x80000002, "bind_transmitter_resp");
    /** {@code query_sm} (0x00000003, §4.8.1). */
    public static final CommandId QUERY_SM = known(0x00000003, "query_sm");
    /** {@code query_sm_resp} (0x80000003, §4.8.2). */
    public static final CommandId QUERY_SM_RESP = known(0x80000003, "query_sm_resp");
    /** {@code submit_sm} (0x00000004, §4.4.1). */
    public static final CommandId SUBMIT_SM = known(0x00000004, "submit_sm");
    /** {@code submit_sm_resp} (0x80000004, §4.4.2). */
    public static final CommandId SUBMIT_SM_RESP = known(0x80000004, "submit_sm_resp");
    /** {@code deliver_sm} (0x00000005, §4.6.1). */
    public static final CommandId DELIVER_SM = known(0x00000005, "deliver_sm");
    /** {@code deliver_sm_resp} (0x80000005, §4.6.2). */
    public static final CommandId DELIVER_SM_RESP = known(0x80000005, "deliver_sm_resp");
    /** {@code unbind} (0x00000006, §4.2.1). */
    public static final CommandId UNBIND = known(0x00000006, "unbind");
    /** {@code unbind_resp} (0x80000006, §4.2.2). */
    public static final CommandId UNBIND_RESP = known(0x80000006, "unbind_resp");
    /** {@code replace_sm} (0x00000007, §4.10.1). */
    public static final CommandId REPLACE_SM = known(0x00000007, "replace_sm");
    /** {@code replace_sm_resp} (0x80000007, §4.10.2). */
    public static final CommandId REPLACE_SM_RESP = known(0x80000007, "replace_sm_resp");
    /** {@code cancel_sm} (0x00000008, §4.9.1). */
    public static final CommandId CANCEL_SM = known(0x00000008, "cancel_sm");
    /** {@code cancel_sm_resp} (0x80000008, §4.9.2). */
    public static final CommandId CANCEL_SM_RESP = known(0x80000008, "cancel_sm_resp");
    /** {@code bind_transceiver} (0x00000009, §4.1.5). */
    public static final CommandId BIND_TRANSCEIVER = known(0x00000009, "bind_transceiver");
    /** {@code bind_transceiver_resp} (0x80000009, §4.1.6). */
    public static final CommandId BIND_TRANSCEIVER_RESP = known(0x80000009, "bind_transceiver_resp");
    /** {@code outbind} (0x0000000B, §4.1.7); the SMSC asks the ESME to bind, and it has no response. */
    public static final CommandId OUTBIND = known(0x0000000B, "outbind");
    /** {@code enquire_link} (0x00000015, §4.11.1); a keepalive, answered with enquire_link_resp. */
    public static final CommandId ENQUIRE_LINK = known(0x00000015, "enquire_link");
    /** {@code enquire_link_resp} (0x80000015, §4.11.2). */
    public static final CommandId ENQUIRE_LINK_RESP = known(0x80000015, "enquire_link_resp");
    /** {@code submit_multi} (0x00000021, §4.5.1). */
    public static final CommandId SUBMIT_MULTI = known(0x00000021, "submit_multi");
    /** {@code submit_multi_resp} (0x80000021, §4.5.2). */
    public static final CommandId SUBMIT_MULTI_RESP = known(0x80000021, "submit_multi_resp");
    /**
     * {@code alert_notification} (0x00000102, §4.12); the SMSC reports that a mobile became available, and it has no
     * response.
     */
    public static final CommandId ALERT_NOTIFICATION = known(0x00000102, "alert_notification");
    /** {@code data_sm} (0x00000103, §4.7.1). */
    public static final CommandId DATA_SM = known(0x00000103, "data_sm");
    /** {@code data_sm_resp} (0x80000103, §4.7.2). */
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

    /**
     * The id for a wire value: the constant for a 3.4 command, otherwise a new value named by its hex code.
     *
     * @param value the 4-octet {@code command_id} from the PDU header, any int (the response bit is the sign bit)
     * @return the constant for a 3.4 command; otherwise a new, unknown id whose {@link #name()} is e.g. {@code
     *     0x00000111}; never null
     */
    public static CommandId of(int value) {
        CommandId id = KNOWN.get(value);
        return id != null ? id : new CommandId(value, String.format("0x%08X", value));
    }

    /**
     * The wire value.
     *
     * @return the 4-octet {@code command_id} as sent in the header; negative for responses (bit 31 set)
     */
    public int value() {
        return value;
    }

    /**
     * The spec's name.
     *
     * @return e.g. {@code submit_sm}, or the hex value such as {@code 0x00000111} for an id 3.4 does not define
     */
    public String name() {
        return name;
    }

    /**
     * Whether this is one of the commands SMPP 3.4 defines.
     *
     * @return true for the constants of this class, false for any other value
     */
    public boolean isKnown() {
        return KNOWN.get(value) == this;
    }

    /**
     * Whether the response bit (0x80000000) is set.
     *
     * @return true for a response id, including {@code generic_nack}; false for a request id
     */
    public boolean isResponse() {
        return (value & RESPONSE_BIT) != 0;
    }

    /**
     * Whether a peer must answer this command: every request except {@code outbind} and {@code alert_notification}.
     *
     * @return true for a request that has a response PDU, including unknown request ids (which are answered with
     *     {@code generic_nack}); false for responses, {@code outbind} and {@code alert_notification}
     */
    public boolean expectsResponse() {
        return !isResponse() && value != OUTBIND.value && value != ALERT_NOTIFICATION.value;
    }

    /**
     * The matching response id (this id with the response bit set).
     *
     * @return e.g. {@link #SUBMIT_SM_RESP} for {@link #SUBMIT_SM}; this id itself if it already is a response
     */
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
