package dev.smppkit.codec.pdu;

/**
 * The value of the {@code its_session_info} TLV (0x1383, §5.3.2.43), which USSD gateways use to tell the sessions of
 * one handset apart: octet 1 is the session number, octet 2 holds the sequence number of the dialogue unit in bits
 * 7–1 and the end-of-session flag in bit 0.
 *
 * @param sessionNumber the session number, 0–255
 * @param sequenceNumber the sequence number within the session, 0–127
 * @param endOfSession true when this message ends the session (bit 0 of octet 2)
 */
public record ItsSessionInfo(int sessionNumber, int sequenceNumber, boolean endOfSession) {
    /**
     * Checks the ranges.
     *
     * @param sessionNumber the session number, 0–255
     * @param sequenceNumber the sequence number, 0–127
     * @param endOfSession the end-of-session flag
     * @throws IllegalArgumentException if sessionNumber is not 0–255 or sequenceNumber is not 0–127
     */
    public ItsSessionInfo {
        if (sessionNumber < 0 || sessionNumber > 0xFF) {
            throw new IllegalArgumentException(
                    "its_session_info session number is " + sessionNumber + "; must be 0-255");
        }
        if (sequenceNumber < 0 || sequenceNumber > 0x7F) {
            throw new IllegalArgumentException(
                    "its_session_info sequence number is " + sequenceNumber + "; must be 0-127");
        }
    }

    /**
     * Decodes the TLV's 2-octet value.
     *
     * @param value the TLV value: session number, then sequence number and end flag
     * @return the decoded value
     * @throws IllegalArgumentException if it is not 2 octets
     */
    public static ItsSessionInfo decode(byte[] value) {
        if (value.length != 2) {
            throw new IllegalArgumentException("its_session_info is " + value.length + " octets; must be 2");
        }
        return new ItsSessionInfo(value[0] & 0xFF, (value[1] & 0xFF) >>> 1, (value[1] & 0x01) != 0);
    }

    /**
     * The same session and sequence number with the end-of-session flag set or cleared.
     *
     * @param end the new end-of-session flag
     * @return this value if the flag is already {@code end}, otherwise a new value
     */
    public ItsSessionInfo withEndOfSession(boolean end) {
        return end == endOfSession ? this : new ItsSessionInfo(sessionNumber, sequenceNumber, end);
    }

    /**
     * The next dialogue unit of the same session: the sequence number plus one (127 wraps to 0), the flag as given.
     *
     * @param end the end-of-session flag of the next unit
     * @return a new value
     */
    public ItsSessionInfo next(boolean end) {
        return new ItsSessionInfo(sessionNumber, (sequenceNumber + 1) & 0x7F, end);
    }

    /**
     * The TLV carrying this value.
     *
     * @return an its_session_info TLV of 2 octets
     */
    public Tlv toTlv() {
        return new Tlv(
                TlvTag.ITS_SESSION_INFO.tag(),
                new byte[] {(byte) sessionNumber, (byte) ((sequenceNumber << 1) | (endOfSession ? 1 : 0))});
    }
}
