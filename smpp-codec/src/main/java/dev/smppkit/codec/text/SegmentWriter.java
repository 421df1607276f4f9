package dev.smppkit.codec.text;

import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.internal.text.GsmAlphabet;
import dev.smppkit.codec.internal.text.GsmTables;
import dev.smppkit.codec.internal.text.Udh;
import java.text.Normalizer;

/**
 * Writes the segments a {@link TextPlan} describes: each into one array of its exact final length, the UDH first (the
 * concatenation IE, then any national language shift IEs) and then the text, packed in place when GSM 7-bit is
 * packed. Characters the plan let through for replacement are replaced here, as
 * {@link TextCodec#encode(CharSequence, Encoding, boolean)} describes.
 */
final class SegmentWriter {
    /** The substitute for a character with no representable base letter (and for a whole surrogate pair). */
    private static final char REPLACEMENT = '?';

    /** What UCS-2 writes for an unpaired surrogate. */
    private static final char UCS2_REPLACEMENT = '\uFFFD';

    /** Pads packed GSM when exactly seven bits are left in the last octet (23.038 §6.1.2.3.1). */
    private static final int CR = 0x0D;

    private SegmentWriter() {}

    /** The whole planned text, unpacked, without a header. */
    static byte[] encode(CharSequence text, TextPlan plan) {
        byte[] out = new byte[plan.units() * plan.encoding().octetsPerUnit()];
        write(text, 0, text.length(), plan.encoding(), plan.alphabet(), out, 0, false);
        return out;
    }

    /** Octets the body of {@code units} units takes after {@code fillBits} (packed GSM only). */
    static int bodyLength(Encoding encoding, int units, boolean pack, int fillBits) {
        return pack ? (fillBits + 7 * units + 7) >>> 3 : units * encoding.octetsPerUnit();
    }

    /**
     * Segment {@code k} (0-based) of the planned text, with its UDH or SAR values under {@code mode}.
     *
     * @param pack whether the text is GSM 7-bit to be packed (after the fill bits that follow the UDH)
     */
    static Segment text(CharSequence text, TextPlan plan, int k, ConcatMode mode, int reference, boolean pack) {
        int total = plan.segments();
        int concat = headerLength(mode, total);
        int shifts = plan.shiftOctets();
        int header = shifts == 0 ? concat : Math.max(concat, 1) + shifts;
        int fill = pack ? GsmCharset.fillBits(header) : 0;
        byte[] out = new byte[header + bodyLength(plan.encoding(), plan.units(k), pack, fill)];
        int start = pack ? 8 * header + fill : header;
        int end = write(text, plan.from(k), plan.to(k), plan.encoding(), plan.alphabet(), out, start, pack);
        if (pack && end > start && (out.length << 3) - end == 7) {
            GsmCharset.putSeptet(out, end, CR);
        }
        if (shifts > 0) {
            GsmAlphabet a = plan.alphabet();
            Udh.write(out, header, concat, reference, total, k + 1, a.lockingId(), a.singleId());
        } else if (concat > 0) {
            Udh.writeConcat(out, mode == ConcatMode.UDH_16BIT, reference, total, k + 1);
        }
        return assemble(out, header, plan.encoding().dataCoding(), mode, reference, k + 1, total);
    }

    /** Segment {@code number} of binary data: {@code length} octets of {@code data} from {@code from}, unchanged. */
    static Segment binary(
            byte[] data, int from, int length, DataCoding dataCoding, ConcatMode mode, int ref, int number, int total) {
        int header = headerLength(mode, total);
        byte[] out = new byte[header + length];
        System.arraycopy(data, from, out, header, length);
        if (header > 0) {
            Udh.writeConcat(out, mode == ConcatMode.UDH_16BIT, ref, total, number);
        }
        return assemble(out, header, dataCoding, mode, ref, number, total);
    }

    /** The concatenation UDH's length: none for a single segment, nor for SAR and PAYLOAD. */
    private static int headerLength(ConcatMode mode, int total) {
        if (total == 1) {
            return 0;
        }
        return switch (mode) {
            case UDH_8BIT -> Udh.CONCAT_8BIT_LENGTH;
            case UDH_16BIT -> Udh.CONCAT_16BIT_LENGTH;
            case SAR, PAYLOAD -> 0;
        };
    }

    private static Segment assemble(
            byte[] out, int header, DataCoding dataCoding, ConcatMode mode, int ref, int number, int total) {
        SarParameters sar = total > 1 && mode == ConcatMode.SAR ? new SarParameters(ref & 0xFFFF, total, number) : null;
        return new Segment(out, header > 0, dataCoding, mode == ConcatMode.PAYLOAD, sar, number, total);
    }

    /**
     * Writes {@code text[from, to)} into {@code dst} from {@code at}: an octet index, or for packed GSM a bit index.
     * Returns where it stopped, in the same terms.
     */
    private static int write(
            CharSequence text,
            int from,
            int to,
            Encoding encoding,
            GsmAlphabet alphabet,
            byte[] dst,
            int at,
            boolean pack) {
        return switch (encoding) {
            case GSM7 -> writeGsm(text, from, to, alphabet, dst, at, pack);
            case UCS2 -> writeUcs2(text, from, to, dst, at);
            case IA5 -> writeOctets(text, from, to, 0x7F, encoding, dst, at);
            case LATIN1 -> writeOctets(text, from, to, 0xFF, encoding, dst, at);
        };
    }

    private static int writeGsm(
            CharSequence text, int from, int to, GsmAlphabet alphabet, byte[] dst, int at, boolean pack) {
        int o = at;
        for (int i = from; i < to; i++) {
            int code = alphabet.lookup(text.charAt(i));
            if (code == GsmTables.NONE) {
                code = GsmTables.lookup(substitute(text, i, Encoding.GSM7));
                i += TextPlan.pairAt(text, i) ? 1 : 0; // one substitute for the whole pair
            }
            if ((code & GsmTables.EXTENDED) != 0) {
                o = putSeptet(dst, o, GsmTables.ESC, pack);
            }
            o = putSeptet(dst, o, code & 0x7F, pack);
        }
        return o;
    }

    private static int putSeptet(byte[] dst, int at, int septet, boolean pack) {
        if (pack) {
            return GsmCharset.putSeptet(dst, at, septet);
        }
        dst[at] = (byte) septet;
        return at + 1;
    }

    private static int writeUcs2(CharSequence text, int from, int to, byte[] dst, int at) {
        int o = at;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (TextPlan.pairAt(text, i)) {
                    dst[o++] = (byte) (c >>> 8);
                    dst[o++] = (byte) c;
                    c = text.charAt(++i);
                } else {
                    c = UCS2_REPLACEMENT;
                }
            }
            dst[o++] = (byte) (c >>> 8);
            dst[o++] = (byte) c;
        }
        return o;
    }

    private static int writeOctets(
            CharSequence text, int from, int to, int limit, Encoding encoding, byte[] dst, int at) {
        int o = at;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c <= limit) {
                dst[o++] = (byte) c;
            } else {
                dst[o++] = (byte) substitute(text, i, encoding);
                i += TextPlan.pairAt(text, i) ? 1 : 0;
            }
        }
        return o;
    }

    /** The unaccented base letter when {@code encoding} has it ({@code ê} → {@code e}), else {@code ?}. */
    private static char substitute(CharSequence text, int i, Encoding encoding) {
        char c = text.charAt(i);
        if (!Character.isSurrogate(c)) {
            char base =
                    Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
            if (base != c && Character.isLetterOrDigit(base) && carries(encoding, base)) {
                return base;
            }
        }
        return REPLACEMENT;
    }

    private static boolean carries(Encoding encoding, char c) {
        return switch (encoding) {
            case GSM7 -> GsmTables.lookup(c) != GsmTables.NONE;
            case IA5 -> c < 0x80;
            case LATIN1 -> c <= 0xFF;
            case UCS2 -> true; // never asked: UCS-2 replaces only unpaired surrogates
        };
    }
}
