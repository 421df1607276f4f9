package dev.smppkit.cli;

import dev.smppkit.cli.internal.CliException;
import dev.smppkit.cli.internal.ConnectionOptions;
import dev.smppkit.cli.internal.ExitCodes;
import dev.smppkit.cli.internal.MessageOptions;
import dev.smppkit.cli.internal.OperationSession;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code smpp cancel}: binds and cancels a message the SMSC has not delivered yet (cancel_sm). */
@Command(
        name = "cancel",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Cancels a message the SMSC has not delivered yet (cancel_sm), e.g. one scheduled for later.",
            "The SMSC refuses an unknown or already final message (ESME_RCANCELFAIL, exit code 1)."
        },
        footer = {
            "%nExamples:",
            "  smpp cancel --port 2775 --system-id test --message-id 0000000001",
            "  smpp cancel --system-id acme --message-id 5a3f --source ACME --json",
            ExitCodes.HELP
        })
final class CancelCommand implements Callable<Integer> {
    @Mixin
    ConnectionOptions connection;

    @Mixin
    MessageOptions message;

    @Override
    public Integer call() throws CliException, InterruptedException {
        try (OperationSession session = OperationSession.bind(connection)) {
            session.run("cancel_sm", esme -> esme.cancel(message.messageId(), message.source()));
        }
        message.print(message.object().put("cancelled", true), "cancelled: " + message.messageId());
        return ExitCodes.OK;
    }
}
