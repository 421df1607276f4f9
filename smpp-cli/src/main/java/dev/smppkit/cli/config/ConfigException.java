package dev.smppkit.cli.config;

/**
 * A configuration file the CLI cannot use; the message names the file, the key and the problem, never a password.
 */
public final class ConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
