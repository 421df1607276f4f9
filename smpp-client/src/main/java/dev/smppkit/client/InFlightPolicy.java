package dev.smppkit.client;

/**
 * What happens to requests that were written but not answered when their connection is lost. (Messages taken but
 * never written are always released back to the broker: the SMSC has not seen them.)
 */
public enum InFlightPolicy {
    /**
     * Fail them with {@link ConnectionLostException} through the hook: at-most-once. The SMSC may have accepted some,
     * so the user decides whether to resend.
     */
    FAIL,
    /**
     * Release them back to the broker to be sent again after reconnecting: at-least-once. A message the SMSC had
     * accepted before the connection dropped is then delivered twice.
     */
    RELEASE
}
