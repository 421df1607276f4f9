package dev.smppkit.cli.internal;

import dev.smppkit.client.BindMode;
import dev.smppkit.client.EsmeBuilder;
import dev.smppkit.client.TlsOptions;
import dev.smppkit.testkit.internal.cli.DurationConverter;
import dev.smppkit.testkit.internal.cli.Secrets;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Where and how a client command connects: {@code --host --port --system-id --password --tls}. Unset options fall back
 * to the environment ({@code SMPP_HOST}, {@code SMPP_PORT}, {@code SMPP_SYSTEM_ID}, {@code SMPP_PASSWORD}), and the
 * password can also come from a named variable or a file, so that a secret need not appear on the command line or in
 * the shell history.
 */
public final class ConnectionOptions {
    static final String DEFAULT_HOST = "127.0.0.1";
    static final int DEFAULT_PORT = 2775;

    private final CliEnvironment environment;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = {"-H", "--host"},
            paramLabel = "HOST",
            description = "The SMSC's host (default: $SMPP_HOST, else " + DEFAULT_HOST + ").")
    String host;

    @Option(
            names = {"-p", "--port"},
            paramLabel = "PORT",
            description = "The SMSC's port (default: $SMPP_PORT, else " + DEFAULT_PORT + ").")
    Integer port;

    @Option(
            names = {"-u", "--system-id"},
            paramLabel = "ID",
            description = "The account's system_id, at most 15 characters (default: $SMPP_SYSTEM_ID).")
    String systemId;

    @Option(
            names = "--password",
            paramLabel = "PASSWORD",
            description = "The password, at most 8 characters (default: $SMPP_PASSWORD, else empty). Prefer the"
                    + " environment or a file: a flag shows in the process list and the shell history.")
    String password;

    @Option(
            names = "--password-env",
            paramLabel = "VAR",
            description = "Read the password from environment variable VAR.")
    String passwordEnv;

    @Option(
            names = "--password-file",
            paramLabel = "FILE",
            description = "Read the password from the first line of FILE.")
    Path passwordFile;

    @Option(
            names = "--bind-mode",
            paramLabel = "MODE",
            defaultValue = "transceiver",
            description = "transceiver, transmitter, receiver or transmitter_and_receiver (default: ${DEFAULT-VALUE}).")
    BindMode bindMode;

    @Option(names = "--tls", description = "Connect with TLS, trusting the JVM's default CAs.")
    boolean tls;

    @Option(
            names = "--insecure",
            description = "With --tls: trust any certificate and skip the host name check (e.g. the simulator's"
                    + " self-signed one). For tests only.")
    boolean insecure;

    @Option(
            names = "--timeout",
            paramLabel = "DURATION",
            defaultValue = "10s",
            converter = DurationConverter.class,
            description = "Limit for connecting, binding and each response (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    public ConnectionOptions(CliEnvironment environment) {
        this.environment = environment;
    }

    public String host() {
        return host != null ? host : orDefault(environment.get("SMPP_HOST"), DEFAULT_HOST);
    }

    public int port() {
        if (port != null) {
            return checkPort(port, "--port");
        }
        String fromEnv = environment.get("SMPP_PORT");
        if (fromEnv == null) {
            return DEFAULT_PORT;
        }
        try {
            return checkPort(Integer.parseInt(fromEnv.trim()), "SMPP_PORT");
        } catch (NumberFormatException e) {
            throw usage("SMPP_PORT is '" + fromEnv + "'; must be a port number");
        }
    }

    /** @throws CommandLine.ParameterException if neither --system-id nor SMPP_SYSTEM_ID is given */
    public String systemId() {
        String id = systemId != null ? systemId : environment.get("SMPP_SYSTEM_ID");
        if (id == null || id.isEmpty()) {
            throw usage("Missing required option: '--system-id=ID' (or set SMPP_SYSTEM_ID)");
        }
        return id;
    }

    /**
     * The password: from {@code --password}, {@code --password-env} or {@code --password-file} (at most one of them),
     * else {@code SMPP_PASSWORD}, else empty.
     *
     * @throws CommandLine.ParameterException naming the option, the variable or the file, never the password
     */
    public String password() {
        if ((password != null ? 1 : 0) + (passwordEnv != null ? 1 : 0) + (passwordFile != null ? 1 : 0) > 1) {
            throw usage("--password, --password-env and --password-file exclude each other");
        }
        if (passwordEnv != null) {
            String value = environment.get(passwordEnv);
            if (value == null) {
                throw usage("--password-env: environment variable " + passwordEnv + " is not set");
            }
            return value;
        }
        if (passwordFile != null) {
            return Secrets.firstLine(passwordFile, "--password-file", this::usage);
        }
        return password != null ? password : orDefault(environment.get("SMPP_PASSWORD"), "");
    }

    public Duration timeout() {
        if (timeout.isZero()) {
            throw usage("--timeout must be positive");
        }
        return timeout;
    }

    /** {@code host:port}, for messages. */
    public String target() {
        return host() + ":" + port();
    }

    /**
     * Applies these options to a client builder.
     *
     * @throws CommandLine.ParameterException if the builder refuses a value (it names the field and the limit)
     */
    public EsmeBuilder applyTo(EsmeBuilder builder) {
        try {
            builder.host(host()).port(port()).systemId(systemId()).password(password());
            return applySharedTo(builder);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /**
     * Applies what every account of a {@code --config} gateway shares: bind mode, timeouts and TLS, not the host or
     * the credentials.
     *
     * @throws CommandLine.ParameterException if the builder refuses a value (it names the field and the limit)
     */
    public EsmeBuilder applySharedTo(EsmeBuilder builder) {
        try {
            builder.bindMode(bindMode)
                    .connectTimeout(timeout())
                    .bindTimeout(timeout())
                    .requestTimeout(timeout());
            if (tls) {
                builder.tls(insecure ? TlsOptions.insecureTrustAll() : TlsOptions.system());
            } else if (insecure) {
                throw usage("--insecure needs --tls");
            }
            return builder;
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /** Whether TLS is on and certificates are checked. */
    public boolean tls() {
        return tls;
    }

    public boolean insecure() {
        return insecure;
    }

    public BindMode bindMode() {
        return bindMode;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private int checkPort(int p, String name) {
        if (p < 1 || p > 65535) {
            throw usage(name + " is " + p + "; must be 1-65535");
        }
        return p;
    }

    private static String orDefault(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
