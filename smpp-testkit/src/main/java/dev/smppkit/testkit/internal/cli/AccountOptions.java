package dev.smppkit.testkit.internal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The simulator's accounts, from the command line, the environment or files; part of {@link SimulatorOptions}. Errors
 * name the option, the variable or the file, never a password.
 */
public final class AccountOptions {
    @Option(
            names = {"-u", "--system-id"},
            paramLabel = "ID",
            description = "With --password: the account to accept; other system_ids are then refused"
                    + " (default: accept any).")
    String systemId;

    @Option(
            names = "--password",
            paramLabel = "PASSWORD",
            description = "The password of --system-id (prefer --password-env or --password-file: a flag shows in the"
                    + " process list).")
    String password;

    @Option(
            names = "--password-env",
            paramLabel = "VAR",
            description = "The password of --system-id, from environment variable VAR.")
    String passwordEnv;

    @Option(
            names = "--password-file",
            paramLabel = "FILE",
            description = "The password of --system-id, from the first line of FILE.")
    Path passwordFile;

    @Option(
            names = {"-c", "--credential"},
            paramLabel = "ID=PASSWORD",
            description = "Another account to accept; repeatable.")
    Map<String, String> credentials = new LinkedHashMap<>();

    @Option(
            names = "--credential-env",
            paramLabel = "ID=VAR",
            description = "Another account, its password from environment variable VAR (kept out of the process"
                    + " list); repeatable.")
    Map<String, String> credentialEnv = new LinkedHashMap<>();

    @Option(
            names = "--credentials-file",
            paramLabel = "FILE",
            description = "Accounts, one ID=PASSWORD per line ('#' starts a comment); repeatable.")
    List<Path> credentialFiles = new ArrayList<>();

    /** The accounts given on the command line and in the environment (not those in files), in order. */
    Map<String, String> accounts(Function<String, String> env, Function<String, CommandLine.ParameterException> usage) {
        Map<String, String> accounts = new LinkedHashMap<>(credentials);
        String mainPassword = mainPassword(env, usage);
        if ((systemId == null) != (mainPassword == null)) {
            throw usage.apply("--system-id and --password (or --password-env, --password-file) go together");
        }
        if (systemId != null) {
            accounts.put(systemId, mainPassword);
        }
        credentialEnv.forEach(
                (id, variable) -> accounts.put(id, fromEnvironment(env, "--credential-env " + id, variable, usage)));
        return accounts;
    }

    List<Path> files() {
        return credentialFiles;
    }

    /** For the listening line: which binds the simulator accepts. */
    String describe() {
        int n = credentials.size() + credentialEnv.size() + (systemId != null ? 1 : 0);
        if (n == 0 && credentialFiles.isEmpty()) {
            return "accepts any system_id and password";
        }
        return "accepts "
                + (credentialFiles.isEmpty() ? n + " account" + (n == 1 ? "" : "s") : "the configured accounts");
    }

    private String mainPassword(Function<String, String> env, Function<String, CommandLine.ParameterException> usage) {
        if ((password != null ? 1 : 0) + (passwordEnv != null ? 1 : 0) + (passwordFile != null ? 1 : 0) > 1) {
            throw usage.apply("--password, --password-env and --password-file exclude each other");
        }
        if (passwordEnv != null) {
            return fromEnvironment(env, "--password-env", passwordEnv, usage);
        }
        return passwordFile != null ? Secrets.firstLine(passwordFile, "--password-file", usage) : password;
    }

    private static String fromEnvironment(
            Function<String, String> env,
            String option,
            String variable,
            Function<String, CommandLine.ParameterException> usage) {
        String value = env.apply(variable);
        if (value == null) {
            throw usage.apply(option + ": environment variable " + variable + " is not set");
        }
        return value;
    }
}
