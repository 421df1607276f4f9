package dev.smppkit.codec.text;

/**
 * A character that the requested encoding cannot represent, found while encoding without replacement. Names the
 * character, its code point and its index in the text.
 */
public final class UnencodableCharacterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int codePoint;
    private final int index;
    private final Encoding encoding;

    /**
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

    /** The character's code point. */
    public int codePoint() {
        return codePoint;
    }

    /** The character's UTF-16 index in the text. */
    public int index() {
        return index;
    }

    /** The encoding that cannot represent it. */
    public Encoding encoding() {
        return encoding;
    }
}
