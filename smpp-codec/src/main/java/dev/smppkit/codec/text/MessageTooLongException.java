package dev.smppkit.codec.text;

/** A message that needs more segments than the splitter allows, or more octets than one {@code message_payload}. */
public final class MessageTooLongException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int needed;
    private final int limit;

    MessageTooLongException(String message, int needed, int limit) {
        super(message);
        this.needed = needed;
        this.limit = limit;
    }

    /** Segments (or, for {@link ConcatMode#PAYLOAD}, octets) the message needs. */
    public int needed() {
        return needed;
    }

    /** The limit it exceeds. */
    public int limit() {
        return limit;
    }
}
