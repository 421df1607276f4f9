package dev.smppkit.cli.internal;

import dev.smppkit.codec.text.Encoding;

/** The {@code --coding} values. */
public enum Codings {
    /** GSM 7-bit if the text fits it, else UCS-2. */
    AUTO(null),
    GSM(Encoding.GSM7),
    UCS2(Encoding.UCS2),
    LATIN1(Encoding.LATIN1),
    IA5(Encoding.IA5);

    private final Encoding encoding;

    Codings(Encoding encoding) {
        this.encoding = encoding;
    }

    /** The forced encoding, or null for {@link #AUTO}. */
    public Encoding encoding() {
        return encoding;
    }
}
