package dev.smppkit.testkit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * Reads accounts from a file, so that passwords stay off the command line: one {@code system_id=password} per line,
 * split at the first {@code =}; the system_id is trimmed, the password taken as it is; blank lines and lines starting
 * with {@code #} are skipped. Errors name the file and the line number, never the line's text.
 */
public final class CredentialsFile {
    private CredentialsFile() {}

    /**
     * Passes each account to {@code account}, whose IllegalArgumentException is reported with the line number.
     *
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException if a line is malformed or refused
     */
    public static void read(Path file, BiConsumer<String, String> account) {
        String[] lines;
        try {
            lines = Files.readString(file, StandardCharsets.UTF_8).split("\r?\n", -1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the credentials file " + file + ": " + e, e);
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String where = file + " line " + (i + 1);
            if (eq <= 0 || line.substring(0, eq).isBlank()) {
                throw new IllegalArgumentException(where + ": expected system_id=password");
            }
            try {
                account.accept(line.substring(0, eq).trim(), line.substring(eq + 1));
            } catch (IllegalArgumentException e) { // the builder's messages give lengths, never the value
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
    }
}
