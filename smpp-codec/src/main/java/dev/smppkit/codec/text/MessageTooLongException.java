package dev.smppkit.codec.text;

/** A message that needs more segments than the {@link TextCodec} allows, or more octets than one {@code message_payload}. */
public final class MessageTooLongException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Segments (or octets) the message needs. */
    private final int needed;
    /** The limit it exceeds. */
    private final int limit;

    MessageTooLongException(String message, int needed, int limit) {
        super(message);
        this.needed = needed;
        this.limit = limit;
    }

    /**
     * Segments (or, for {@link ConcatMode#PAYLOAD}, octets) the message needs.
     *
     * @return the count, always above {@link #limit()}
     */
    public int needed() {
        return needed;
    }

    /**
     * The limit it exceeds.
     *
     * @return the codec's maximum segments (at most 255), or for PAYLOAD the maximum message_payload octets
     */
    public int limit() {
        return limit;
    }
}
