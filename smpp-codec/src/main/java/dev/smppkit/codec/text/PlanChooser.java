package dev.smppkit.codec.text;

import dev.smppkit.codec.internal.text.GsmAlphabet;

/**
 * Chooses between the GSM default alphabet, UCS-2 and the allowed national shift tables: the plan with the fewest
 * segments, the simpler one on a tie (see {@link NationalLanguages}). Stateless.
 */
final class PlanChooser {
    private PlanChooser() {}

    /**
     * Plans {@code text}; with no national language allowed, or outside the UDH modes, exactly as
     * {@link TextPlan#scan} does.
     *
     * @param forced the encoding the caller forces, or null to choose; national tables are weighed when it is null or
     *     {@link Encoding#GSM7}
     * @throws UnencodableCharacterException if no table carries the text, GSM 7-bit is forced and replacement is off
     */
    static TextPlan plan(
            CharSequence text, Encoding forced, boolean replace, ConcatMode mode, NationalLanguages languages) {
        boolean national = !languages.isEmpty()
                && (forced == null || forced == Encoding.GSM7)
                && (mode == ConcatMode.UDH_8BIT || mode == ConcatMode.UDH_16BIT);
        if (!national) {
            return TextPlan.scan(text, forced, replace, mode);
        }
        // Forced GSM 7-bit: replacement only if no table carries the text; chosen: the default alphabet or UCS-2.
        TextPlan best = forced == null
                ? TextPlan.scan(text, null, false, mode)
                : TextPlan.scanNational(text, GsmAlphabet.DEFAULT, mode);
        if (best != null && best.encoding() == Encoding.GSM7 && best.units() == text.length()) {
            return best; // one septet per char in the default alphabet: shift IEs could only cost room
        }
        for (NationalLanguage language : languages.languages()) {
            int id = language.id();
            best = better(best, TextPlan.scanNational(text, GsmAlphabet.of(0, id), mode));
            if (language.hasLockingShift()) {
                best = better(best, TextPlan.scanNational(text, GsmAlphabet.of(id, 0), mode));
                best = better(best, TextPlan.scanNational(text, GsmAlphabet.of(id, id), mode));
            }
        }
        return best != null ? best : TextPlan.scan(text, forced, replace, mode);
    }

    /** The candidate when it carries the text in strictly fewer segments (or nothing else does); else the best. */
    private static TextPlan better(TextPlan best, TextPlan candidate) {
        if (candidate == null) {
            return best;
        }
        return best == null || candidate.segments() < best.segments() ? candidate : best;
    }
}
