package dev.smppkit.cli;

import dev.smppkit.cli.internal.CliException;
import dev.smppkit.cli.internal.Codings;
import dev.smppkit.cli.internal.ConnectionOptions;
import dev.smppkit.cli.internal.ExitCodes;
import dev.smppkit.cli.internal.MessageOptions;
import dev.smppkit.cli.internal.OperationSession;
import dev.smppkit.cli.internal.SmppTimes;
import dev.smppkit.client.ReplaceRequest;
import dev.smppkit.codec.SmppTime;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code smpp replace}: binds and replaces the text (and times) of a message the SMSC still holds (replace_sm). */
@Command(
        name = "replace",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Replaces the text of a message the SMSC has not delivered yet (replace_sm), and optionally its",
            "delivery time, validity and receipt request. replace_sm carries one short_message and no data_coding:",
            "the new text must fit one segment (160 GSM 7-bit characters, 70 UCS-2) and should be in the original's",
            "coding (force it with --coding). A longer text is a usage error (exit code 2) that says so."
        },
        footer = {
            "%nExamples:",
            "  smpp replace --port 2775 --system-id test --message-id 0000000001 --text 'New time: 10:30'",
            "  smpp replace --system-id acme --message-id 5a3f --source ACME --text 'Later' --schedule 2h --json",
            ExitCodes.HELP
        })
final class ReplaceCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    MessageOptions message;

    @Option(
            names = {"-m", "--text"},
            paramLabel = "TEXT",
            required = true,
            description = "The new text; it must fit one segment.")
    String text;

    @Option(
            names = "--coding",
            paramLabel = "CODING",
            defaultValue = "auto",
            description = "auto (GSM 7-bit if possible, else UCS-2), gsm, ucs2, latin1 or ia5 (default:"
                    + " ${DEFAULT-VALUE}); use the original message's.")
    Codings coding;

    @Option(
            names = "--schedule",
            paramLabel = "TIME",
            converter = SmppTimes.class,
            description = "A new delivery time: " + SmppTimes.FORMS + " (default: keep the original's).")
    SmppTime schedule;

    @Option(
            names = "--validity",
            paramLabel = "TIME",
            converter = SmppTimes.class,
            description = "A new validity period: " + SmppTimes.FORMS + " (default: keep the original's).")
    SmppTime validity;

    @Option(
            names = "--receipt",
            description = "Ask for a delivery receipt (replace_sm cannot keep the original's request: without this the"
                    + " SMSC sends none).")
    boolean receipt;

    @Override
    public Integer call() throws CliException, InterruptedException {
        ReplaceRequest request = request();
        try (OperationSession session = OperationSession.bind(connection)) {
            session.run("replace_sm", esme -> esme.replace(message.messageId(), message.source(), request));
        }
        message.print(message.object().put("replaced", true), "replaced: " + message.messageId());
        return ExitCodes.OK;
    }

    /** The request, checked before connecting: a text that does not fit one segment is a usage error. */
    private ReplaceRequest request() {
        try {
            return ReplaceRequest.builder()
                    .text(text)
                    .encoding(coding.encoding())
                    .scheduleDeliveryTime(schedule)
                    .validityPeriod(validity)
                    .requestReceipt(receipt)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--text: " + e.getMessage());
        }
    }
}
