package dev.smppkit.examples.otp;

import dev.smppkit.client.Esme;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.ShutdownException;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.text.LogSafe;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Issues a code and texts it through the starter's {@link Esme}; the code itself is never logged. */
@Service
public class OtpService {
    /** How sending ended. */
    public sealed interface SendResult {
        /**
         * The SMSC accepted the message.
         *
         * @param messageIds the SMSC's id of each segment
         */
        record Sent(List<String> messageIds) implements SendResult {}

        /**
         * The message was not sent; the code was dropped.
         *
         * @param reason why, for the client
         */
        record Unavailable(String reason) implements SendResult {}
    }

    private static final Logger log = LoggerFactory.getLogger(OtpService.class);

    private final Esme esme;
    private final OtpStore store;
    private final OtpProperties properties;
    private final Address sender;

    /**
     * Creates the service.
     *
     * @param esme the client the starter configured and started
     * @param store where codes wait to be verified
     * @param properties the sender and the send timeout
     */
    public OtpService(Esme esme, OtpStore store, OtpProperties properties) {
        this.esme = esme;
        this.store = store;
        this.properties = properties;
        this.sender = Address.alphanumeric(properties.sender());
    }

    /**
     * Issues a code for the phone and submits it in an SMS.
     *
     * @param phone the phone
     * @return completes when the SMSC has answered (or the message could not be sent), never exceptionally
     */
    public CompletableFuture<SendResult> send(PhoneNumber phone) {
        // Without a bound session the message would wait in the broker; a user waiting for a code is better told now.
        if (esme.boundSessions() == 0) {
            return unavailable("the SMSC is not connected; try again later");
        }
        Optional<OtpStore.Issued> issued = store.issue(phone);
        if (issued.isEmpty()) {
            return unavailable("too many codes pending; try again later");
        }
        OutboundMessage message = OutboundMessage.builder()
                .from(sender)
                .to(phone.address())
                .text("Your code is " + issued.get().code())
                .maxAge(properties.sendTimeout())
                .build();
        return esme.submit(message).handle((outcome, error) -> {
            SendResult result = error == null ? result(outcome) : failure(error);
            if (result instanceof SendResult.Sent sent) {
                log.info("code sent to {} as message {}", phone.masked(), sent.messageIds());
            } else {
                store.discard(issued.get());
                // the reason may hold the SMSC's text
                log.warn(
                        "code for {} not sent: {}",
                        phone.masked(),
                        LogSafe.escape(((SendResult.Unavailable) result).reason()));
            }
            return result;
        });
    }

    private SendResult result(SubmitOutcome outcome) {
        if (outcome instanceof SubmitOutcome.Accepted accepted) {
            return new SendResult.Sent(accepted.messageIds());
        }
        if (outcome instanceof SubmitOutcome.Rejected rejected) {
            return new SendResult.Unavailable(
                    "the SMSC rejected the message: " + rejected.status().name());
        }
        if (outcome instanceof SubmitOutcome.Failed failed) {
            return new SendResult.Unavailable(
                    "the message could not be sent: " + failed.error().getMessage());
        }
        return new SendResult.Unavailable("the SMSC was not reachable within " + properties.sendTimeout());
    }

    private static SendResult failure(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof ShutdownException) {
            return new SendResult.Unavailable("the service is shutting down; try again later");
        }
        return new SendResult.Unavailable("the message could not be sent: " + cause);
    }

    private static CompletableFuture<SendResult> unavailable(String reason) {
        return CompletableFuture.completedFuture(new SendResult.Unavailable(reason));
    }
}
