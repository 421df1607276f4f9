package dev.smppkit.bench.compare;

/**
 * What one client run does, the same for every client of a comparison: bind once to the simulator, send
 * {@code count} submit_sm with this text (GSM 7-bit, one segment), asking for a receipt or not, and wait until every
 * submit_sm_resp (and every receipt, if asked) is in.
 *
 * @param port the simulator's port on 127.0.0.1
 * @param systemId the system_id to bind with (the simulator accepts any)
 * @param receipts whether every submit_sm asks for a delivery receipt (registered_delivery 1)
 * @param text the short message; only characters whose GSM 7-bit code is their ASCII code (see {@link #gsmSafe})
 * @param window requests in flight for the clients that have a window (smppkit, Cloudhopper)
 * @param threads the client's producer threads (Cloudhopper, jSMPP); smppkit makes its messages on its event loop
 * @param count messages to send
 * @param stallSeconds how long a run may go without a new response or receipt before it is given up as failed
 */
public record RunSpec(
        int port,
        String systemId,
        boolean receipts,
        String text,
        int window,
        int threads,
        long count,
        int stallSeconds) {
    /** Text characters whose GSM 7-bit default alphabet code equals their ASCII code. */
    private static final String GSM_SAFE_PUNCTUATION = " !\"#%&'()*+,-./:;<=>?";

    /** The same spec with another system_id and count, e.g. for the warm-up. */
    public RunSpec with(String systemId, long count) {
        return new RunSpec(port, systemId, receipts, text, window, threads, count, stallSeconds);
    }

    /** registered_delivery of every submit_sm: 1 (SMSC receipt on final outcome) or 0. */
    public byte registeredDelivery() {
        return (byte) (receipts ? 1 : 0);
    }

    /**
     * Whether every character of the text has the same code in GSM 7-bit and ASCII (letters, digits, space and
     * {@value #GSM_SAFE_PUNCTUATION}), so that a client without a GSM charset (jSMPP) sends the same bytes as the
     * others by encoding it as ASCII.
     */
    public static boolean gsmSafe(String text) {
        return !text.isEmpty()
                && text.chars()
                        .allMatch(c -> (c >= 'a' && c <= 'z')
                                || (c >= 'A' && c <= 'Z')
                                || (c >= '0' && c <= '9')
                                || GSM_SAFE_PUNCTUATION.indexOf(c) >= 0);
    }
}
