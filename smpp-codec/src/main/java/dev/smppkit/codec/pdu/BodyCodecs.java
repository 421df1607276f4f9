package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandId;

/**
 * The table of body codecs, one per 3.4 command_id: the one place that says which codec reads and writes which PDU.
 * A command_id with no entry decodes as {@link UnknownPdu}; a PDU type with no entry fails to encode (and {@code
 * BodyCodecsTest} walks every {@link CommandId} constant and every {@link Pdu} subclass so that none is forgotten).
 *
 * <p>Lookup is an array index: 3.4 request ids lie in 0x000–0x1FF and responses add only bit 31, so the low 9 bits
 * and the response bit make a 10-bit index. Nothing is boxed or allocated per PDU.
 */
final class BodyCodecs {
    private static final int ID_BITS = 0x1FF;
    /** The bits that must be clear for an id to fall in the table: everything but bit 31 and the low 9. */
    private static final int OUTSIDE_TABLE = ~(CommandId.RESPONSE_BIT | ID_BITS);

    private static final BodyCodec<?>[] TABLE = new BodyCodec<?>[2 * (ID_BITS + 1)];

    static {
        register(CommandId.GENERIC_NACK, HeaderOnlyCodec.GENERIC_NACK);
        register(CommandId.BIND_RECEIVER, BindCodec.INSTANCE);
        register(CommandId.BIND_TRANSMITTER, BindCodec.INSTANCE);
        register(CommandId.BIND_TRANSCEIVER, BindCodec.INSTANCE);
        register(CommandId.BIND_RECEIVER_RESP, BindRespCodec.INSTANCE);
        register(CommandId.BIND_TRANSMITTER_RESP, BindRespCodec.INSTANCE);
        register(CommandId.BIND_TRANSCEIVER_RESP, BindRespCodec.INSTANCE);
        register(CommandId.OUTBIND, OutbindCodec.INSTANCE);
        register(CommandId.UNBIND, HeaderOnlyCodec.UNBIND);
        register(CommandId.UNBIND_RESP, HeaderOnlyCodec.UNBIND_RESP);
        register(CommandId.ENQUIRE_LINK, HeaderOnlyCodec.ENQUIRE_LINK);
        register(CommandId.ENQUIRE_LINK_RESP, HeaderOnlyCodec.ENQUIRE_LINK_RESP);
        register(CommandId.SUBMIT_SM, ShortMessageCodec.SUBMIT_SM);
        register(CommandId.SUBMIT_SM_RESP, MessageIdRespCodec.SUBMIT_SM_RESP);
        register(CommandId.DELIVER_SM, ShortMessageCodec.DELIVER_SM);
        register(CommandId.DELIVER_SM_RESP, MessageIdRespCodec.DELIVER_SM_RESP);
        register(CommandId.SUBMIT_MULTI, SubmitMultiCodec.INSTANCE);
        register(CommandId.SUBMIT_MULTI_RESP, SubmitMultiRespCodec.INSTANCE);
        register(CommandId.DATA_SM, DataSmCodec.INSTANCE);
        register(CommandId.DATA_SM_RESP, MessageIdRespCodec.DATA_SM_RESP);
        register(CommandId.QUERY_SM, QuerySmCodec.INSTANCE);
        register(CommandId.QUERY_SM_RESP, QuerySmRespCodec.INSTANCE);
        register(CommandId.CANCEL_SM, CancelSmCodec.INSTANCE);
        register(CommandId.CANCEL_SM_RESP, HeaderOnlyCodec.CANCEL_SM_RESP);
        register(CommandId.REPLACE_SM, ReplaceSmCodec.INSTANCE);
        register(CommandId.REPLACE_SM_RESP, HeaderOnlyCodec.REPLACE_SM_RESP);
        register(CommandId.ALERT_NOTIFICATION, AlertNotificationCodec.INSTANCE);
    }

    private BodyCodecs() {}

    private static void register(CommandId id, BodyCodec<?> codec) {
        int index = index(id.value());
        if (index < 0 || TABLE[index] != null) {
            throw new ExceptionInInitializerError("command_id " + id + " is outside the table or registered twice");
        }
        TABLE[index] = codec;
    }

    private static int index(int commandId) {
        if ((commandId & OUTSIDE_TABLE) != 0) {
            return -1;
        }
        return (commandId >>> 22) /* bit 31 to bit 9 */ | (commandId & ID_BITS);
    }

    /**
     * The codec registered for a command_id.
     *
     * @param commandId the raw command_id
     * @return the codec, or null if 3.4 does not define the id
     */
    static BodyCodec<?> registered(int commandId) {
        int index = index(commandId);
        return index < 0 ? null : TABLE[index];
    }

    /**
     * The codec that reads a PDU with this command_id.
     *
     * @param commandId the raw command_id from the header
     * @return the registered codec, or the raw-body codec for an id 3.4 does not define
     */
    static BodyCodec<?> forDecoding(int commandId) {
        BodyCodec<?> codec = registered(commandId);
        return codec != null ? codec : UnknownPduCodec.INSTANCE;
    }

    /**
     * The codec that writes this PDU.
     *
     * @param pdu the PDU to encode
     * @return the raw-body codec for an {@link UnknownPdu} (whatever its id), else the codec for its command_id
     * @throws IllegalStateException if no codec is registered for the PDU's command_id (a missing table entry)
     */
    @SuppressWarnings("unchecked")
    static BodyCodec<Pdu> forEncoding(Pdu pdu) {
        BodyCodec<?> codec = pdu instanceof UnknownPdu
                ? UnknownPduCodec.INSTANCE
                : registered(pdu.commandId().value());
        if (codec == null) {
            throw new IllegalStateException("no body codec is registered for " + pdu.commandId());
        }
        return (BodyCodec<Pdu>) codec;
    }
}
