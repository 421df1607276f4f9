package dev.smppkit.cli;

import dev.smppkit.cli.internal.CliEnvironment;
import dev.smppkit.cli.internal.CliException;
import dev.smppkit.cli.internal.CliFactory;
import dev.smppkit.cli.internal.ExitCodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code smpp} command: {@code java -jar smpp.jar simulator|send|query|cancel|replace|bench|demo [options]}. Every command has
 * {@code --help}; a bad flag is one line on stderr and exit code 2; a failure is one line on stderr with its own exit
 * code ({@link ExitCodes}).
 */
@Command(
        name = "smpp",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "SMPP 3.4 from the command line, with smppkit: run an SMSC simulator, send a message, query,"
                + " cancel or replace it, load-test an SMSC, or see it all in a self-contained demo.",
        subcommands = {
            SimulatorCommand.class,
            SendCommand.class,
            QueryCommand.class,
            CancelCommand.class,
            ReplaceCommand.class,
            BenchCommand.class,
            DemoCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {
            "%nStart with: java -jar smpp.jar demo",
            "Secrets come from the environment: SMPP_PASSWORD (also SMPP_HOST, SMPP_PORT, SMPP_SYSTEM_ID).",
            "SMPP_LOG_LEVEL=warn|info|debug shows the client's and the simulator's logs on stderr."
        })
public final class Main implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "Missing command: simulator, send, query, cancel, replace, bench or demo");
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, Charset.defaultCharset());
        PrintWriter err = new PrintWriter(System.err, true, Charset.defaultCharset());
        int code = commandLine(CliEnvironment.system(), out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * The command line with its handlers: what {@link #main} runs, and what tests call with their own environment and
     * writers.
     */
    public static CommandLine commandLine(CliEnvironment environment, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(Main.class, new CliFactory(environment));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(Main::badUsage);
        cli.setExecutionExceptionHandler(Main::failed);
        return cli;
    }

    /** One line: what is wrong and where to look, e.g. {@code smpp send: Unknown option: '--bogus' (see ...)}. */
    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        String message =
                String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " ").trim();
        command.getErr().println(name + ": " + message + " (see '" + name + " --help')");
        command.getErr().flush();
        return ExitCodes.USAGE;
    }

    private static int failed(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (e instanceof CliException c) {
            err.println(c.getMessage());
            err.flush();
            return c.exitCode();
        }
        if (e instanceof InterruptedException) {
            err.println("interrupted");
            err.flush();
            return 130;
        }
        err.println("unexpected error: " + e);
        err.flush();
        return ExitCodes.SOFTWARE;
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {
                "smppkit " + p.getProperty("version", "(development)"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
            };
        }
    }
}
