package dev.smppkit.codec.internal.text;

/**
 * Writes and reads the concatenation information elements of a User Data Header (3GPP TS 23.040 §9.2.3.24.1 and
 * .24.8). A UDH is UDHL (one octet, the length of what follows) and then IEs of the form IEI, IEDL, data.
 */
public final class Udh {
    /** IEI of the concatenated-short-message IE with an 8-bit reference. */
    public static final int IEI_CONCAT_8BIT = 0x00;
    /** IEI of the concatenated-short-message IE with a 16-bit reference. */
    public static final int IEI_CONCAT_16BIT = 0x08;
    /** Octets of a UDH holding only the 8-bit concatenation IE: {@code 05 00 03 RR TT NN}. */
    public static final int CONCAT_8BIT_LENGTH = 6;
    /** Octets of a UDH holding only the 16-bit concatenation IE: {@code 06 08 04 RH RL TT NN}. */
    public static final int CONCAT_16BIT_LENGTH = 7;

    /** IEI of the National Language Single Shift IE (23.040 §9.2.3.24.15), one octet: the language. */
    public static final int IEI_SINGLE_SHIFT = 0x24;
    /** IEI of the National Language Locking Shift IE (23.040 §9.2.3.24.16), one octet: the language. */
    public static final int IEI_LOCKING_SHIFT = 0x25;
    /** Octets of one national language shift IE: IEI, IEDL 1, the language identifier. */
    public static final int SHIFT_IE_LENGTH = 3;

    private Udh() {}

    /**
     * Writes at {@code dst[0]} a UDH of {@code length} octets (UDHL included): the concatenation IE when
     * {@code concatLength} (its {@link #CONCAT_8BIT_LENGTH} or {@link #CONCAT_16BIT_LENGTH} form) is not 0, then a
     * locking shift IE when {@code lockingId} is not 0, then a single shift IE when {@code singleId} is not 0.
     */
    public static void write(
            byte[] dst,
            int length,
            int concatLength,
            int reference,
            int total,
            int number,
            int lockingId,
            int singleId) {
        int i = 1;
        if (concatLength > 0) {
            i = writeConcat(dst, concatLength == CONCAT_16BIT_LENGTH, reference, total, number);
        }
        if (lockingId != 0) {
            dst[i++] = IEI_LOCKING_SHIFT;
            dst[i++] = 1;
            dst[i++] = (byte) lockingId;
        }
        if (singleId != 0) {
            dst[i++] = IEI_SINGLE_SHIFT;
            dst[i++] = 1;
            dst[i++] = (byte) singleId;
        }
        dst[0] = (byte) (length - 1);
    }

    /**
     * The national language shift identifiers in the UDH at the start of {@code userData}, as
     * {@code (locking << 8) | single}, 0 for a shift the UDH does not name. A malformed header yields what was read
     * before the fault: decoding then shows the default tables rather than failing.
     */
    public static int findShifts(byte[] userData) {
        int end = 1 + (userData[0] & 0xFF);
        end = Math.min(end, userData.length);
        int locking = 0;
        int single = 0;
        for (int i = 1; i + 1 < end; ) {
            int iei = userData[i] & 0xFF;
            int iedl = userData[i + 1] & 0xFF;
            int data = i + 2;
            if (data + iedl > end) {
                break;
            }
            if (iedl == 1 && iei == IEI_LOCKING_SHIFT) {
                locking = userData[data] & 0xFF;
            } else if (iedl == 1 && iei == IEI_SINGLE_SHIFT) {
                single = userData[data] & 0xFF;
            }
            i = data + iedl;
        }
        return (locking << 8) | single;
    }

    /**
     * Writes a UDH with one concatenation IE at {@code dst[0]}.
     *
     * @return the header's length, {@link #CONCAT_8BIT_LENGTH} or {@link #CONCAT_16BIT_LENGTH}
     */
    public static int writeConcat(byte[] dst, boolean sixteenBit, int reference, int total, int number) {
        int i = 0;
        if (sixteenBit) {
            dst[i++] = 0x06;
            dst[i++] = IEI_CONCAT_16BIT;
            dst[i++] = 0x04;
            dst[i++] = (byte) (reference >>> 8);
        } else {
            dst[i++] = 0x05;
            dst[i++] = IEI_CONCAT_8BIT;
            dst[i++] = 0x03;
        }
        dst[i++] = (byte) reference;
        dst[i++] = (byte) total;
        dst[i++] = (byte) number;
        return i;
    }

    /**
     * The length of the UDH at the start of {@code userData}, UDHL octet included.
     *
     * @throws IllegalArgumentException if the UDH is empty or longer than the user data
     */
    public static int length(byte[] userData) {
        if (userData.length == 0) {
            throw new IllegalArgumentException("UDHI is set but short_message is empty");
        }
        int length = 1 + (userData[0] & 0xFF);
        if (length > userData.length) {
            throw new IllegalArgumentException(
                    "UDH length " + length + " exceeds short_message length " + userData.length);
        }
        return length;
    }

    /**
     * The concatenation IE in the UDH at the start of {@code userData}, or null if there is none or none is valid.
     * 23.040 says to ignore an IE whose sequence number is 0 or above the total, so such a message is treated as
     * unconcatenated. When several valid ones appear, the last one wins.
     *
     * @throws IllegalArgumentException if an IE runs past the end of the UDH
     */
    public static Concat findConcat(byte[] userData) {
        int end = length(userData);
        Concat found = null;
        int i = 1;
        while (i < end) {
            if (i + 1 >= end) {
                throw new IllegalArgumentException("UDH information element at offset " + i + " has no length octet");
            }
            int iei = userData[i] & 0xFF;
            int iedl = userData[i + 1] & 0xFF;
            int data = i + 2;
            if (data + iedl > end) {
                throw new IllegalArgumentException("UDH information element 0x" + Integer.toHexString(iei)
                        + " at offset " + i + " runs past the UDH (length " + end + ")");
            }
            Concat concat = null;
            if (iei == IEI_CONCAT_8BIT && iedl == 3) {
                concat = concat(false, userData[data] & 0xFF, userData[data + 1], userData[data + 2]);
            } else if (iei == IEI_CONCAT_16BIT && iedl == 4) {
                int ref = ((userData[data] & 0xFF) << 8) | (userData[data + 1] & 0xFF);
                concat = concat(true, ref, userData[data + 2], userData[data + 3]);
            }
            if (concat != null) {
                found = concat;
            }
            i = data + iedl;
        }
        return found;
    }

    private static Concat concat(boolean sixteenBit, int reference, byte total, byte number) {
        int t = total & 0xFF;
        int n = number & 0xFF;
        return t == 0 || n == 0 || n > t ? null : new Concat(sixteenBit, reference, t, n);
    }

    /** A concatenation IE's values. */
    public record Concat(boolean sixteenBit, int reference, int total, int number) {}
}
