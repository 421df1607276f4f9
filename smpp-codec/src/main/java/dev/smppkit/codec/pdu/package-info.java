/**
 * The SMPP 3.4 PDUs, immutable, and their encoding to and from Netty buffers.
 *
 * <p>Every PDU of §4 has a type: requests extend {@link dev.smppkit.codec.pdu.PduRequest} and create their own
 * response, responses extend {@link dev.smppkit.codec.pdu.PduResponse}, and a command_id 3.4 does not define decodes
 * as {@link dev.smppkit.codec.pdu.UnknownPdu}. Each type has a builder (or a factory method for the header-only
 * PDUs) whose setters check the field against the spec's limit and name both in the exception. Sizes in the
 * Javadoc are given as the spec gives them: a C-Octet String of "at most 21 octets" holds 20 characters and its
 * NUL. The user never sets a sequence_number: the session assigns one with {@code withSequenceNumber}.
 *
 * <p>Optional parameters are {@link dev.smppkit.codec.pdu.Tlvs}, a list of {@link dev.smppkit.codec.pdu.Tlv} in wire
 * order with typed accessors for the 3.4 tags in {@link dev.smppkit.codec.pdu.TlvTag}; unknown and vendor TLVs are
 * kept so that a PDU re-encodes byte for byte. {@link dev.smppkit.codec.pdu.PduCodec} encodes and decodes single
 * PDUs for callers that frame them themselves.
 */
package dev.smppkit.codec.pdu;
