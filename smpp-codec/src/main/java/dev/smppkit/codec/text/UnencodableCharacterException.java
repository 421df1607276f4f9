package dev.smppkit.codec.text;

/**
 * A character that the requested encoding cannot represent, found while encoding without replacement. Names the
 * character, its code point and its index in the text.
 */
public final class UnencodableCharacterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The character's code point. */
    private final int codePoint;
    /** Its UTF-16 index in the text. */
    private final int index;
    /** The encoding that cannot represent it. */
    private final Encoding encoding;

    /**
     * A character that cannot be encoded.
     *
     * @param codePoint the character (a whole code point when it is a valid surrogate pair)
     * @param index its UTF-16 index in the text
     * @param encoding the encoding that cannot represent it
     */
    public UnencodableCharacterException(int codePoint, int index, Encoding encoding) {
        super(describe(codePoint) + " at index " + index + " cannot be encoded in " + encoding
                + "; choose another encoding or ask for replacement");
        this.codePoint = codePoint;
        this.index = index;
        this.encoding = encoding;
    }

    static UnencodableCharacterException at(CharSequence text, int index, Encoding encoding) {
        return new UnencodableCharacterException(Character.codePointAt(text, index), index, encoding);
    }

    private static String describe(int codePoint) {
        String hex = String.format("U+%04X", codePoint);
        if (Character.isBmpCodePoint(codePoint) && Character.isSurrogate((char) codePoint)) {
            return "unpaired surrogate " + hex;
        }
        if (Character.isISOControl(codePoint) || !Character.isDefined(codePoint)) {
            return "character " + hex;
        }
        return "character '" + new String(Character.toChars(codePoint)) + "' (" + hex + ")";
    }

    /**
     * The character's code point.
     *
     * @return the code point, or the lone surrogate's value for an unpaired surrogate
     */
    public int codePoint() {
        return codePoint;
    }

    /**
     * The character's UTF-16 index in the text.
     *
     * @return the index of the character (of its high surrogate for a pair) in the text given to the encoder
     */
    public int index() {
        return index;
    }

    /**
     * The encoding that cannot represent it.
     *
     * @return the encoding that was asked for
     */
    public Encoding encoding() {
        return encoding;
    }
}
