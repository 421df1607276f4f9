package dev.smppkit.codec.text;

/** How a message too long for one {@code short_message} is carried. Chosen per message. */
public enum ConcatMode {
    /**
     * Concatenation UDH with an 8-bit reference (IEI 0x00, {@code 05 00 03 RR TT NN}) at the start of each
     * {@code short_message}, with esm_class UDHI (0x40). The most widely supported form; the default.
     */
    UDH_8BIT,
    /** Concatenation UDH with a 16-bit reference (IEI 0x08, {@code 06 08 04 RH RL TT NN}), with esm_class UDHI. */
    UDH_16BIT,
    /**
     * No UDH: each segment carries the {@code sar_msg_ref_num}, {@code sar_total_segments} and
     * {@code sar_segment_seqnum} TLVs and the SMSC builds the header. Needs an SMSC that accepts TLVs (3.4).
     */
    SAR,
    /**
     * One PDU whose whole text goes in the {@code message_payload} TLV (sm_length 0); the SMSC splits it. Up to
     * {@link TextCodec#MAX_PAYLOAD_OCTETS} octets.
     */
    PAYLOAD
}
