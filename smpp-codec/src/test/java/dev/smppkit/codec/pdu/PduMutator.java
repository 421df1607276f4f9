package dev.smppkit.codec.pdu;

import dev.smppkit.codec.pdu.PduSeedCorpus.Seed;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * Mutations of valid encoded PDUs for fuzzing: bit flips, byte replacement, truncation, extension, command_length,
 * command_id and command_status edits, TLV length edits, NUL removal, insertion and deletion, splicing of two PDUs.
 * Deterministic for a given {@link SplittableRandom}, so a seed reproduces a run. Shared by {@code PduFuzzTest}, the
 * channel and live-session fuzzers and the long-running fuzz mains in smpp-bench.
 */
public final class PduMutator {
    /** Every command_id of SMPP 3.4 (generic_nack first), for command_id swaps. */
    public static final int[] COMMAND_IDS = {
        0x80000000, 0x00000001, 0x80000001, 0x00000002, 0x80000002, 0x00000003, 0x80000003, 0x00000004, 0x80000004,
        0x00000005, 0x80000005, 0x00000006, 0x80000006, 0x00000007, 0x80000007, 0x00000008, 0x80000008, 0x00000009,
        0x80000009, 0x0000000B, 0x00000015, 0x80000015, 0x00000021, 0x80000021, 0x00000102, 0x00000103, 0x80000103
    };

    private static final int[] INTERESTING = {0x00, 0x01, 0x02, 0x7F, 0x80, 0xFE, 0xFF, '0', '9', 'R', '+', '-'};

    private PduMutator() {}

    /**
     * A mutation of a random seed from {@code corpus}; {@code maxPduLength} is the decoder's limit, which some
     * command_length edits aim just around.
     */
    public static byte[] mutate(SplittableRandom rnd, Seed[] corpus, int maxPduLength) {
        Seed seed = corpus[rnd.nextInt(corpus.length)];
        byte[] b = seed.bytes().clone();
        int ops = 1 + rnd.nextInt(3);
        for (int i = 0; i < ops; i++) {
            b = mutateOnce(rnd, b, seed, corpus, maxPduLength);
        }
        // Mostly keep command_length true, so that the mutation reaches the body decoders.
        if (b.length >= 4 && rnd.nextInt(10) < 7) {
            putInt(b, 0, b.length);
        }
        return b;
    }

    private static byte[] mutateOnce(SplittableRandom rnd, byte[] b, Seed seed, Seed[] corpus, int maxPduLength) {
        if (b.length == 0) {
            return randomBytes(rnd, 1 + rnd.nextInt(24));
        }
        switch (rnd.nextInt(13)) {
            case 0 -> { // bit flips
                for (int n = 1 + rnd.nextInt(4); n > 0; n--) {
                    b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
                }
            }
            case 1 -> { // byte replacement, in the body most of the time
                for (int n = 1 + rnd.nextInt(3); n > 0; n--) {
                    int at = bodyIndex(rnd, b);
                    b[at] = (byte) (rnd.nextBoolean() ? INTERESTING[rnd.nextInt(INTERESTING.length)] : rnd.nextInt());
                }
            }
            case 2 -> b = Arrays.copyOf(b, rnd.nextInt(b.length)); // truncation
            case 3 -> { // extension with random bytes
                byte[] tail = randomBytes(rnd, 1 + rnd.nextInt(64));
                b = concat(b, 0, b.length, tail, 0, tail.length);
            }
            case 4 -> { // command_length edit
                if (b.length >= 4) {
                    int length = switch (rnd.nextInt(5)) {
                        case 0 -> rnd.nextInt();
                        case 1 -> rnd.nextInt(20);
                        case 2 -> b.length + rnd.nextInt(9) - 4;
                        case 3 -> 0xFFFFFFFF;
                        default -> maxPduLength + rnd.nextInt(3) - 1;
                    };
                    putInt(b, 0, length);
                }
            }
            case 5 -> { // TLV length edit
                editTlvLength(rnd, b, seed.tlvStart());
            }
            case 6 -> { // splice: this PDU's start with another PDU's end
                byte[] other = corpus[rnd.nextInt(corpus.length)].bytes();
                int cut = Math.min(b.length, PduCodec.HEADER_LENGTH + rnd.nextInt(b.length + 1));
                int from = Math.min(other.length, PduCodec.HEADER_LENGTH + rnd.nextInt(other.length + 1));
                b = concat(b, 0, cut, other, from, other.length - from);
            }
            case 7 -> { // command_id swap: one body decoded as another type
                if (b.length >= 8) {
                    putInt(b, 4, rnd.nextInt(8) == 0 ? rnd.nextInt() : COMMAND_IDS[rnd.nextInt(COMMAND_IDS.length)]);
                }
            }
            case 8 -> { // command_status: the lenient error-response paths
                if (b.length >= 12) {
                    putInt(b, 8, rnd.nextBoolean() ? rnd.nextInt(0x100) : rnd.nextInt());
                }
            }
            case 9 -> { // remove a NUL: a C-Octet String runs into the next field
                int start = bodyIndex(rnd, b);
                for (int i = 0; i < b.length; i++) {
                    int at = (start + i) % b.length;
                    if (b[at] == 0 && at >= PduCodec.HEADER_LENGTH) {
                        b[at] = (byte) (1 + rnd.nextInt(255));
                        break;
                    }
                }
            }
            case 10 -> { // insert octets
                int at = bodyIndex(rnd, b);
                byte[] ins = rnd.nextBoolean() ? new byte[1 + rnd.nextInt(3)] : randomBytes(rnd, 1 + rnd.nextInt(8));
                byte[] head = concat(b, 0, at, ins, 0, ins.length);
                b = concat(head, 0, head.length, b, at, b.length - at);
            }
            case 11 -> { // delete octets
                int at = bodyIndex(rnd, b);
                int n = Math.min(b.length - at, 1 + rnd.nextInt(8));
                b = concat(b, 0, at, b, at + n, b.length - at - n);
            }
            default -> { // sm_length / number_of_dests / counts: set one body octet to a large count
                int at = bodyIndex(rnd, b);
                b[at] = (byte) (rnd.nextBoolean() ? 0xFF : 0xFE - rnd.nextInt(4));
            }
        }
        return b;
    }

    /** Sets the length of a TLV (walking the TLVs from {@code tlvStart}) to an interesting wrong value. */
    private static void editTlvLength(SplittableRandom rnd, byte[] b, int tlvStart) {
        int at = tlvStart;
        int target = rnd.nextInt(4);
        while (at + 4 <= b.length) {
            int length = ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
            if (target-- == 0 || at + 4 + length >= b.length) {
                int v = switch (rnd.nextInt(5)) {
                    case 0 -> 0;
                    case 1 -> length + 1;
                    case 2 -> Math.max(0, length - 1);
                    case 3 -> 0xFFFF;
                    default -> rnd.nextInt(0x10000);
                };
                b[at + 2] = (byte) (v >> 8);
                b[at + 3] = (byte) v;
                return;
            }
            at += 4 + length;
        }
    }

    private static int bodyIndex(SplittableRandom rnd, byte[] b) {
        return b.length > PduCodec.HEADER_LENGTH && rnd.nextInt(8) != 0
                ? rnd.nextInt(PduCodec.HEADER_LENGTH, b.length)
                : rnd.nextInt(b.length);
    }

    private static byte[] concat(byte[] a, int aFrom, int aLen, byte[] c, int cFrom, int cLen) {
        byte[] out = new byte[aLen + cLen];
        System.arraycopy(a, aFrom, out, 0, aLen);
        System.arraycopy(c, cFrom, out, aLen, cLen);
        return out;
    }

    public static byte[] randomBytes(SplittableRandom rnd, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) rnd.nextInt();
        }
        return b;
    }

    public static int getInt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    public static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    public static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
