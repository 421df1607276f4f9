package dev.smppkit.codec.internal.text;

import java.util.Arrays;

/**
 * Where a text is cut into segments. Greedy: each segment but the last is filled as far as the pairing rules allow,
 * which never cut between ESC and its extension code (a GSM extension character costs two septets and moves whole)
 * nor between the halves of a surrogate pair (which costs two UCS-2 units and moves whole).
 */
public final class SegmentPlan {
    private SegmentPlan() {}

    /** How a text's length is measured. */
    public enum Units {
        /** GSM septets: extension characters count two. */
        GSM_SEPTETS,
        /** UTF-16 units: a surrogate pair counts two and is indivisible. */
        UCS2_UNITS,
        /** One octet per character. */
        OCTETS
    }

    /** Units {@code text} takes; every character must be representable. */
    public static int length(CharSequence text, Units units) {
        if (units != Units.GSM_SEPTETS) {
            return text.length();
        }
        int n = 0;
        for (int i = 0, len = text.length(); i < len; i++) {
            n += GsmTables.septets(text.charAt(i));
        }
        return n;
    }

    /**
     * Segment boundaries as char indices: segment {@code i} is {@code text[cuts[i], cuts[i + 1])}. A text of at most
     * {@code single} units is one segment; a longer one is cut at {@code capacity} units per segment. The result has
     * no upper bound; the caller checks the count against its limit.
     */
    public static int[] cuts(CharSequence text, Units units, int single, int capacity) {
        int n = text.length();
        if (length(text, units) <= single) {
            return new int[] {0, n};
        }
        int[] cuts = new int[16];
        int count = 0;
        int used = capacity; // forces a cut before the first character
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            int width = units == Units.UCS2_UNITS
                            && Character.isHighSurrogate(c)
                            && i + 1 < n
                            && Character.isLowSurrogate(text.charAt(i + 1))
                    ? 2
                    : 1;
            int cost = units == Units.GSM_SEPTETS ? GsmTables.septets(c) : width;
            if (used + cost > capacity) {
                if (count + 1 >= cuts.length) {
                    cuts = Arrays.copyOf(cuts, cuts.length * 2);
                }
                cuts[count++] = i;
                used = 0;
            }
            used += cost;
            i += width;
        }
        cuts[count] = n;
        return Arrays.copyOf(cuts, count + 1);
    }
}
