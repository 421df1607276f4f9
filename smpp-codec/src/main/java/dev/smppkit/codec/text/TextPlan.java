package dev.smppkit.codec.text;

import dev.smppkit.codec.internal.text.GsmAlphabet;
import dev.smppkit.codec.internal.text.GsmTables;
import dev.smppkit.codec.internal.text.Udh;
import java.util.Arrays;

/**
 * The one scan over an outgoing text: it settles the encoding, checks that every character can be carried (or, with
 * replacement, that it will be replaced), counts the units and records where the segments are cut, so that
 * {@link SegmentWriter} can write each segment straight into its final array.
 *
 * <p>Cuts are greedy: each segment but the last is filled as far as the pairing rules allow, which never cut between
 * ESC and its extension code (a GSM extension character costs two septets and moves whole) nor between the halves of
 * a surrogate pair (two chars that move whole). A text of at most the single-message capacity is one segment.
 *
 * <p>A replaced character costs one unit in every encoding (its substitute is a basic-table letter or digit, {@code ?},
 * or U+FFFD) and a surrogate pair replaced outside UCS-2 becomes one character, so the scan never computes the
 * substitutes; the writer does.
 *
 * <p>GSM 7-bit is planned in one {@link GsmAlphabet}: the default one, or national shift tables whose UDH information
 * elements shrink every segment (and give a single message a UDH of its own).
 */
final class TextPlan {
    /** Chars, and UCS-2 units, that a surrogate pair takes. */
    private static final int PAIR = 2;

    private final Encoding forced;
    private final boolean replace;
    private final boolean cutting;
    private final GsmAlphabet alphabet;
    /** Whether a character the alphabet lacks ends the scan (national candidates) rather than switching to UCS-2. */
    private final boolean strict;

    // Scan state, one thread; the plan is immutable once scan() returns it.
    private Encoding encoding;
    private int capacity;
    private int units;
    private int used;
    private int segments;
    private int length;
    /** Where segment 1 starts, and the units before it: kept apart so that one or two segments allocate no array. */
    private int secondStart;

    private int unitsBeforeSecond;
    /** The same for segment k >= 2, at index k - 2; null until a text needs a third segment. */
    private int[] laterStarts;

    private int[] unitsBeforeLater;

    /** Set when a strict scan met a character its alphabet lacks. */
    private boolean failed;

    private TextPlan(Encoding forced, boolean replace, ConcatMode mode, GsmAlphabet alphabet, boolean strict) {
        this.forced = forced;
        this.replace = replace;
        this.cutting = mode != null && mode != ConcatMode.PAYLOAD;
        this.alphabet = alphabet;
        this.strict = strict;
        reset(forced != null ? forced : Encoding.GSM7, mode);
    }

    /**
     * Plans {@code text}.
     *
     * @param encoding the encoding to force, or null for GSM 7-bit when every character is in its tables, else UCS-2
     * @param replace whether unrepresentable characters will be replaced rather than rejected
     * @param mode the concatenation mode to cut for; null or {@link ConcatMode#PAYLOAD} for one segment
     * @throws UnencodableCharacterException without replacement, at the first character the encoding cannot carry
     */
    static TextPlan scan(CharSequence text, Encoding encoding, boolean replace, ConcatMode mode) {
        return scan(new TextPlan(encoding, replace, mode, GsmAlphabet.DEFAULT, false), text, mode);
    }

    /**
     * Plans {@code text} in GSM 7-bit with {@code alphabet}'s tables, exactly.
     *
     * @param mode a UDH concatenation mode (the shift IEs go in the header the sender writes)
     * @return the plan, or null when the alphabet cannot carry some character of the text
     */
    static TextPlan scanNational(CharSequence text, GsmAlphabet alphabet, ConcatMode mode) {
        TextPlan plan = scan(new TextPlan(Encoding.GSM7, false, mode, alphabet, true), text, mode);
        return plan.failed ? null : plan;
    }

    private static TextPlan scan(TextPlan plan, CharSequence text, ConcatMode mode) {
        int n = text.length();
        int i = 0;
        if (plan.encoding == Encoding.GSM7) {
            i = plan.scanGsm(text, mode);
        }
        if (plan.encoding == Encoding.UCS2) {
            plan.scanUcs2(text, i);
        } else if (plan.encoding != Encoding.GSM7) {
            plan.scanOctets(text);
        }
        plan.finish(n);
        return plan;
    }

    /** Scans as GSM 7-bit; returns where a chosen encoding switched to UCS-2, else the text's length. */
    private int scanGsm(CharSequence text, ConcatMode mode) {
        for (int i = 0, n = text.length(); i < n; ) {
            int code = alphabet.lookup(text.charAt(i));
            if (code != GsmTables.NONE) {
                step(i, (code & GsmTables.EXTENDED) != 0 ? 2 : 1);
                i++;
            } else if (strict) {
                failed = true;
                return text.length();
            } else if (forced == null) {
                switchToUcs2(i, mode);
                return i;
            } else {
                i += unrepresentable(text, i);
            }
        }
        return text.length();
    }

    /**
     * Restarts the plan as UCS-2 at {@code index}: the chars before it are all in the GSM tables, hence neither
     * surrogates nor pairs, so each is one UCS-2 unit and their cuts fall every {@code capacity} chars.
     */
    private void switchToUcs2(int index, ConcatMode mode) {
        reset(Encoding.UCS2, mode);
        for (int i = 0; i < index; i += Math.min(capacity, index - i)) {
            step(i, Math.min(capacity, index - i));
        }
    }

    private void scanUcs2(CharSequence text, int from) {
        for (int i = from, n = text.length(); i < n; ) {
            char c = text.charAt(i);
            if (!Character.isSurrogate(c)) {
                step(i++, 1);
            } else if (pairAt(text, i)) {
                step(i, PAIR);
                i += PAIR;
            } else {
                i += unrepresentable(text, i); // a lone surrogate
            }
        }
    }

    private void scanOctets(CharSequence text) {
        int limit = encoding == Encoding.IA5 ? 0x7F : 0xFF;
        for (int i = 0, n = text.length(); i < n; ) {
            if (text.charAt(i) <= limit) {
                step(i++, 1);
            } else {
                i += unrepresentable(text, i);
            }
        }
    }

    /** Throws without replacement; else counts the one-unit substitute and returns the chars it replaces. */
    private int unrepresentable(CharSequence text, int i) {
        if (!replace) {
            throw UnencodableCharacterException.at(text, i, encoding);
        }
        step(i, 1);
        return encoding != Encoding.UCS2 && pairAt(text, i) ? PAIR : 1;
    }

    /** Whether a valid surrogate pair starts at {@code i}. */
    static boolean pairAt(CharSequence text, int i) {
        return Character.isHighSurrogate(text.charAt(i))
                && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    private void reset(Encoding enc, ConcatMode mode) {
        encoding = enc;
        capacity = cutting ? segmentCapacity(mode) : Integer.MAX_VALUE;
        units = 0;
        used = 0;
        segments = 1; // the first segment starts at char 0
    }

    /** Adds something of {@code cost} units starting at char {@code index}, cutting before it when it does not fit. */
    private void step(int index, int cost) {
        if (used + cost > capacity) {
            cut(index);
            used = 0;
        }
        used += cost;
        units += cost;
    }

    private void cut(int index) {
        if (segments == 1) {
            secondStart = index;
            unitsBeforeSecond = units;
        } else {
            if (laterStarts == null) {
                laterStarts = new int[8];
                unitsBeforeLater = new int[8];
            } else if (segments - 2 == laterStarts.length) {
                laterStarts = Arrays.copyOf(laterStarts, 2 * laterStarts.length);
                unitsBeforeLater = Arrays.copyOf(unitsBeforeLater, laterStarts.length);
            }
            laterStarts[segments - 2] = index;
            unitsBeforeLater[segments - 2] = units;
        }
        segments++;
    }

    private void finish(int textLength) {
        length = textLength;
        if (units <= singleCapacity()) {
            segments = 1;
        }
    }

    /** The alphabet GSM 7-bit is written in; {@link GsmAlphabet#DEFAULT} unless national tables were planned. */
    GsmAlphabet alphabet() {
        return alphabet;
    }

    /** Octets the shift IEs add to every segment's UDH: 0 unless GSM 7-bit in national tables. */
    int shiftOctets() {
        if (encoding != Encoding.GSM7) {
            return 0;
        }
        return (alphabet.lockingId() != 0 ? Udh.SHIFT_IE_LENGTH : 0)
                + (alphabet.singleId() != 0 ? Udh.SHIFT_IE_LENGTH : 0);
    }

    /** Units that fit in one message: the encoding's, or fewer septets behind a UDH of shift IEs alone. */
    int singleCapacity() {
        int shifts = shiftOctets();
        return shifts == 0 ? encoding.singleCapacity() : septetsBehind(1 + shifts);
    }

    /** Units that fit in one segment under {@code mode}, behind the concatenation IE and any shift IEs. */
    int segmentCapacity(ConcatMode mode) {
        int shifts = shiftOctets();
        if (shifts == 0 || mode == ConcatMode.PAYLOAD) {
            return encoding.segmentCapacity(mode);
        }
        int concat = mode == ConcatMode.UDH_8BIT ? Udh.CONCAT_8BIT_LENGTH : Udh.CONCAT_16BIT_LENGTH;
        return septetsBehind(concat + shifts);
    }

    /** Septets that fit in the 140 octets of user data behind a UDH of {@code udhOctets} octets and its fill bits. */
    private static int septetsBehind(int udhOctets) {
        return (8 * (140 - udhOctets)) / 7;
    }

    /** The encoding: the forced one, or GSM 7-bit or UCS-2 as chosen. */
    Encoding encoding() {
        return encoding;
    }

    /** The text's length in the encoding's units, replacements counted as they will be written. */
    int units() {
        return units;
    }

    /** How many segments the text takes; 1 when not cutting. Not limited: the caller checks it. */
    int segments() {
        return segments;
    }

    /** The capacity the segments were measured against: the single-message one when the text fits in one. */
    int unitsPerSegment(ConcatMode mode) {
        return units <= singleCapacity() ? singleCapacity() : segmentCapacity(mode);
    }

    /** Char index where segment {@code k} (0-based) starts. */
    int from(int k) {
        return k == 0 ? 0 : k == 1 ? secondStart : laterStarts[k - 2];
    }

    /** Char index where segment {@code k} ends, exclusive. */
    int to(int k) {
        return k + 1 == segments ? length : from(k + 1);
    }

    /** Units segment {@code k} takes. */
    int units(int k) {
        return unitsBefore(k + 1) - unitsBefore(k);
    }

    private int unitsBefore(int k) {
        if (k == segments) {
            return units;
        }
        return k == 0 ? 0 : k == 1 ? unitsBeforeSecond : unitsBeforeLater[k - 2];
    }
}
