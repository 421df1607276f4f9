/**
 * Message text: encodings, long-message splitting and reassembly, and delivery receipts.
 *
 * <ul>
 *   <li>{@link dev.smppkit.codec.text.TextCodec} is the one entry point for text: it chooses between GSM 03.38,
 *       UCS-2 and the allowed {@link dev.smppkit.codec.text.NationalLanguages national language shift tables}, plans
 *       the cuts and encodes a text into {@link dev.smppkit.codec.text.Segment}s with a concatenation UDH, SAR TLVs
 *       or one message_payload ({@link dev.smppkit.codec.text.ConcatMode}), and decodes incoming bodies by
 *       data_coding; {@link dev.smppkit.codec.text.Reassembler} joins incoming segments, with bounded memory and a
 *       timeout.
 *   <li>{@link dev.smppkit.codec.text.DeliveryReceipt} reads the Appendix B receipt text and the receipt TLVs in the
 *       forms SMSCs actually send, and {@link dev.smppkit.codec.text.DeliveryReceiptBuilder} writes one.
 * </ul>
 *
 * <p>The codec and receipt types are immutable and thread-safe; a reassembler belongs to one connection's
 * event loop.
 */
package dev.smppkit.codec.text;
