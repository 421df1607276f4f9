package dev.smppkit.codec;

/** Type of Number values (SMPP 3.4 §5.2.5). Fields hold plain ints so that values 3.4 does not name survive. */
public final class Ton {
    /** 0: unknown. */
    public static final int UNKNOWN = 0;
    /** 1: international, e.g. an E.164 number without the leading + or 00. */
    public static final int INTERNATIONAL = 1;
    /** 2: national, without the national prefix. */
    public static final int NATIONAL = 2;
    /** 3: network-specific, e.g. a short code. */
    public static final int NETWORK_SPECIFIC = 3;
    /** 4: subscriber number. */
    public static final int SUBSCRIBER_NUMBER = 4;
    /** 5: alphanumeric, e.g. a sender name of at most 11 characters. */
    public static final int ALPHANUMERIC = 5;
    /** 6: abbreviated. */
    public static final int ABBREVIATED = 6;

    private Ton() {}
}
