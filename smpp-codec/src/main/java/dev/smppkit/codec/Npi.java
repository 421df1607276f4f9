package dev.smppkit.codec;

/** Numbering Plan Indicator values (SMPP 3.4 §5.2.6). Note ISDN is 1 (some libraries wrongly use 2). */
public final class Npi {
    /** 0: unknown. */
    public static final int UNKNOWN = 0;
    /** 1: ISDN (E.163/E.164), the plan of ordinary phone numbers. */
    public static final int ISDN = 1;
    /** 3: data (X.121). */
    public static final int DATA = 3;
    /** 4: telex (F.69). */
    public static final int TELEX = 4;
    /** 6: land mobile (E.212). */
    public static final int LAND_MOBILE = 6;
    /** 8: national. */
    public static final int NATIONAL = 8;
    /** 9: private. */
    public static final int PRIVATE = 9;
    /** 10: ERMES. */
    public static final int ERMES = 10;
    /** 14: Internet (IP address). */
    public static final int INTERNET = 14;
    /** 18: WAP client id (defined by the WAP Forum). */
    public static final int WAP_CLIENT_ID = 18;

    private Npi() {}
}
