package dev.smppkit.codec;

/** Numbering Plan Indicator values (SMPP 3.4 §5.2.6). Note ISDN is 1 (some libraries wrongly use 2). */
public final class Npi {
    public static final int UNKNOWN = 0;
    public static final int ISDN = 1;
    public static final int DATA = 3;
    public static final int TELEX = 4;
    public static final int LAND_MOBILE = 6;
    public static final int NATIONAL = 8;
    public static final int PRIVATE = 9;
    public static final int ERMES = 10;
    public static final int INTERNET = 14;
    public static final int WAP_CLIENT_ID = 18;

    private Npi() {}
}
