package dev.smppkit.testkit.internal.cli;

import dev.smppkit.codec.CommandStatus;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;

/** Command statuses as written on the command line: a name such as {@code ESME_RINVDSTADR}, or a number. */
public final class Statuses {
    private Statuses() {}

    /**
     * @throws IllegalArgumentException if it is neither a known name nor a number
     */
    public static CommandStatus parse(String text) {
        String t = text.trim();
        try {
            if (t.startsWith("0x") || t.startsWith("0X")) {
                return CommandStatus.of(Integer.parseUnsignedInt(t.substring(2), 16));
            }
            if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
                return CommandStatus.of(Integer.parseInt(t));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a command status");
        }
        String name = t.toUpperCase(Locale.ROOT);
        if (!name.startsWith("ESME_")) {
            name = "ESME_" + name;
        }
        for (Field f : CommandStatus.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers())
                    && f.getType() == CommandStatus.class
                    && f.getName().equals(name)) {
                try {
                    return (CommandStatus) f.get(null);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException(
                "'" + text + "' is not a command status (e.g. ESME_RINVDSTADR, ESME_RTHROTTLED or 0x0B)");
    }
}
