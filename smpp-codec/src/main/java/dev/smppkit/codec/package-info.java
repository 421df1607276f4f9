/**
 * The SMPP 3.4 value types and the Netty channel handlers.
 *
 * <ul>
 *   <li>Header values: {@link dev.smppkit.codec.CommandId} (§5.1.2) and {@link dev.smppkit.codec.CommandStatus}
 *       (§5.1.3). Both keep values that SMPP 3.4 does not define, so a vendor status or an unknown command survives
 *       decoding and can be answered.
 *   <li>Field values: {@link dev.smppkit.codec.Address} with {@link dev.smppkit.codec.Ton} and {@link
 *       dev.smppkit.codec.Npi} (§5.2.5–5.2.10), {@link dev.smppkit.codec.EsmClass} (§5.2.12), {@link
 *       dev.smppkit.codec.RegisteredDelivery} (§5.2.17), {@link dev.smppkit.codec.DataCoding} (§5.2.19), {@link
 *       dev.smppkit.codec.MessageState} (§5.2.28) and {@link dev.smppkit.codec.SmppTime} (§7.1.1). The octet-valued
 *       types cache all 256 instances, so decoding allocates nothing for them.
 *   <li>Channel handlers: {@link dev.smppkit.codec.SmppPduDecoder} frames the inbound stream and decodes each PDU,
 *       reporting a bad one as a {@link dev.smppkit.codec.SmppDecodeException} that carries the status to answer
 *       with; {@link dev.smppkit.codec.SmppPduEncoder} writes each PDU once into a buffer of its exact size.
 * </ul>
 *
 * <p>Section numbers (§) refer to the SMPP v3.4 specification, Issue 1.2. All types here are immutable and
 * thread-safe except the decoder, which is one per channel.
 */
package dev.smppkit.codec;
