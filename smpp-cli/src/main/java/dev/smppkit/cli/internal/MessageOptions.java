package dev.smppkit.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.smppkit.codec.Address;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options that name a message the SMSC holds, for query, cancel and replace: its id, the source it was submitted
 * with, and {@code --json} for the answer.
 */
public final class MessageOptions {
    private static final ObjectMapper JSON = new ObjectMapper();

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = {"-i", "--message-id"},
            paramLabel = "ID",
            required = true,
            description = "The SMSC's id of the message, as 'smpp send' printed it.")
    String messageId;

    @Option(
            names = {"-f", "--source"},
            paramLabel = "ADDRESS",
            converter = Addresses.Converter.class,
            description = "The sender the message was submitted with (default: none; many SMSCs then match any)." + " "
                    + Addresses.FORMS + ".")
    Address source = Address.NULL;

    @Option(names = "--json", description = "Print the answer as one JSON object.")
    boolean json;

    public String messageId() {
        return messageId;
    }

    public Address source() {
        return source;
    }

    /** A JSON object that starts with the message id. */
    public ObjectNode object() {
        return JSON.createObjectNode().put("message_id", messageId);
    }

    /** Prints the object with --json, else the text lines. */
    public void print(ObjectNode object, String... lines) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            try {
                out.println(JSON.writeValueAsString(object));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write a JSON tree", e);
            }
        } else {
            for (String line : lines) {
                out.println(line);
            }
        }
        out.flush();
    }
}
