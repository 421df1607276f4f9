package dev.smppkit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.smppkit.cli.internal.CliException;
import dev.smppkit.cli.internal.ConnectionOptions;
import dev.smppkit.cli.internal.ExitCodes;
import dev.smppkit.cli.internal.MessageOptions;
import dev.smppkit.cli.internal.OperationSession;
import dev.smppkit.client.QueryResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code smpp query}: binds, asks for a message's state (query_sm) and prints it. */
@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Asks the SMSC for the state of a message it accepted (query_sm) and prints it:",
            "message_state (ENROUTE, DELIVERED, EXPIRED, DELETED, UNDELIVERABLE, ACCEPTED, UNKNOWN, REJECTED),",
            "final_date and error_code. A message scheduled for later is ENROUTE: SMPP 3.4 has no SCHEDULED state."
        },
        footer = {
            "%nExamples:",
            "  smpp query --port 2775 --system-id test --message-id 0000000001",
            "  smpp query --system-id acme --message-id 5a3f --source ACME --json",
            ExitCodes.HELP
        })
final class QueryCommand implements Callable<Integer> {
    @Mixin
    ConnectionOptions connection;

    @Mixin
    MessageOptions message;

    @Override
    public Integer call() throws CliException, InterruptedException {
        QueryResult r;
        try (OperationSession session = OperationSession.bind(connection)) {
            r = session.run("query_sm", esme -> esme.query(message.messageId(), message.source()));
        }
        ObjectNode json = message.object()
                .put("state", r.state().name())
                .put("state_code", r.stateCode())
                .put("final", r.isFinal())
                .put("final_date", r.finalDate().map(Object::toString).orElse(null))
                .put("error_code", r.errorCode());
        message.print(
                json,
                "message_id: " + r.messageId(),
                "state: " + r.state() + " (" + r.stateCode() + ")",
                "final_date: " + r.finalDate().map(Object::toString).orElse("none (not final)"),
                "error_code: " + r.errorCode());
        return ExitCodes.OK;
    }
}
