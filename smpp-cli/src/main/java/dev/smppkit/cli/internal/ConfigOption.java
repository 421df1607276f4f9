package dev.smppkit.cli.internal;

import dev.smppkit.cli.config.ConfigException;
import dev.smppkit.cli.config.ConfigParser;
import dev.smppkit.cli.config.GatewayConfig;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --config FILE}: the accounts and routes of a gateway, for the commands that send ({@link ConfigParser} reads
 * it). The file then says where to connect and as whom, so the single-account flags are refused with it.
 */
public final class ConfigOption {
    /** Flags of one account that the file replaces. */
    private static final List<String> ACCOUNT_FLAGS =
            List.of("--host", "--port", "--system-id", "--password", "--password-env", "--password-file");

    private final CliEnvironment environment;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Send through several accounts and routes from FILE (Java properties, or YAML if it ends"
                    + " in .yaml or .yml): smppkit.accounts.NAME.host|hosts|port|system-id|password|password-env|"
                    + "sessions|window|max-tps, smppkit.routes.NAME.prefixes|accounts, smppkit.in-flight-policy."
                    + " Replaces --host, --port, --system-id and the password options.")
    Path file;

    public ConfigOption(CliEnvironment environment) {
        this.environment = environment;
    }

    /** Whether --config was given. */
    public boolean given() {
        return file != null;
    }

    /**
     * Reads and checks the file.
     *
     * @param alsoReplaced further flags the file replaces in this command (e.g. bench's --window)
     * @return the configuration, or null without --config
     * @throws CommandLine.ParameterException naming the file, the key and the problem, or a flag the file replaces
     */
    public GatewayConfig load(String... alsoReplaced) {
        if (file == null) {
            return null;
        }
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        for (String flag : concat(ACCOUNT_FLAGS, alsoReplaced)) {
            if (parsed.hasMatchedOption(flag)) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), flag + " cannot be used with --config: the file sets it per account");
            }
        }
        try {
            return ConfigParser.parse(file, environment::get);
        } catch (ConfigException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--config " + e.getMessage());
        }
    }

    private static List<String> concat(List<String> a, String... b) {
        return java.util.stream.Stream.concat(a.stream(), java.util.Arrays.stream(b))
                .toList();
    }
}
