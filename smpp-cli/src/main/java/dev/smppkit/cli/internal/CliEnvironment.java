package dev.smppkit.cli.internal;

import java.util.Map;
import java.util.Objects;

/**
 * What a command reads from its surroundings besides its arguments: environment variables (for secrets such as
 * {@code SMPP_PASSWORD}) and whether stdout is a terminal (for the progress bar). Tests pass their own.
 *
 * @param env the environment variables
 * @param interactive whether stdout is a terminal ({@code System.console() != null})
 */
public record CliEnvironment(Map<String, String> env, boolean interactive) {
    public CliEnvironment {
        env = Map.copyOf(Objects.requireNonNull(env, "env"));
    }

    /** The real environment of this process. */
    public static CliEnvironment system() {
        return new CliEnvironment(System.getenv(), System.console() != null);
    }

    /** The variable's value, or null if it is unset or empty. */
    public String get(String name) {
        String v = env.get(name);
        return v == null || v.isEmpty() ? null : v;
    }
}
