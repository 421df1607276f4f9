package dev.smppkit.codec;

/** Type of Number values (SMPP 3.4 §5.2.5). Fields hold plain ints so that values 3.4 does not name survive. */
public final class Ton {
    public static final int UNKNOWN = 0;
    public static final int INTERNATIONAL = 1;
    public static final int NATIONAL = 2;
    public static final int NETWORK_SPECIFIC = 3;
    public static final int SUBSCRIBER_NUMBER = 4;
    public static final int ALPHANUMERIC = 5;
    public static final int ABBREVIATED = 6;

    private Ton() {}
}
