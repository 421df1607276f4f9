package dev.smppkit.codec.pdu;

/**
 * The value of the {@code network_error_code} TLV (§5.3.2.31): the network type (1 ANSI-136, 2 IS-95, 3 GSM, others
 * reserved) and the network's error code.
 *
 * @param networkType the network type, one octet (0–255): {@link #ANSI_136}, {@link #IS_95} or {@link #GSM}
 * @param errorCode the network's own error code, two octets (0–65535); for GSM, e.g. a MAP or RP cause
 */
public record NetworkErrorCode(int networkType, int errorCode) {
    /** Network type 1: ANSI-136 (TDMA). */
    public static final int ANSI_136 = 1;
    /** Network type 2: IS-95 (CDMA). */
    public static final int IS_95 = 2;
    /** Network type 3: GSM. */
    public static final int GSM = 3;

    /**
     * Checks the ranges.
     *
     * @param networkType the network type, 0–255
     * @param errorCode the network's error code, 0–65535
     * @throws IllegalArgumentException if networkType is not 0–255 or errorCode is not 0–65535
     */
    public NetworkErrorCode {
        if (networkType < 0 || networkType > 0xFF) {
            throw new IllegalArgumentException("network_error_code network type is " + networkType + "; must be 0-255");
        }
        if (errorCode < 0 || errorCode > 0xFFFF) {
            throw new IllegalArgumentException("network_error_code error is " + errorCode + "; must be 0-65535");
        }
    }

    /**
     * Decodes the TLV's 3-octet value.
     *
     * @param value the TLV value: network type, then the error code big-endian
     * @return the decoded value
     * @throws IllegalArgumentException if it is not 3 octets
     */
    public static NetworkErrorCode decode(byte[] value) {
        if (value.length != 3) {
            throw new IllegalArgumentException("network_error_code is " + value.length + " octets; must be 3");
        }
        return new NetworkErrorCode(value[0] & 0xFF, ((value[1] & 0xFF) << 8) | (value[2] & 0xFF));
    }

    Tlv toTlv() {
        return new Tlv(
                TlvTag.NETWORK_ERROR_CODE.tag(),
                new byte[] {(byte) networkType, (byte) (errorCode >> 8), (byte) errorCode});
    }
}
