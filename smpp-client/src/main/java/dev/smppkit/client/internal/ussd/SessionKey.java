package dev.smppkit.client.internal.ussd;

/**
 * Names a session: the handset's number (no leading +) and its its_session_info session number, -1 when the SMSC
 * sends none.
 */
record SessionKey(String msisdn, int sessionNumber) {
    static String normalize(String number) {
        return number.startsWith("+") ? number.substring(1) : number;
    }

    @Override
    public String toString() {
        return msisdn + (sessionNumber < 0 ? "" : "#" + sessionNumber);
    }
}
