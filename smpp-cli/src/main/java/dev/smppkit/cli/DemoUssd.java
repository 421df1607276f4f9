package dev.smppkit.cli;

import dev.smppkit.cli.internal.CliException;
import dev.smppkit.cli.internal.ExitCodes;
import dev.smppkit.client.Esme;
import dev.smppkit.client.Hook;
import dev.smppkit.client.ussd.UssdHandler;
import dev.smppkit.client.ussd.UssdReply;
import dev.smppkit.client.ussd.UssdSession;
import dev.smppkit.client.ussd.UssdSessions;
import dev.smppkit.testkit.SmscSimulator;
import dev.smppkit.testkit.UssdDialogue;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The USSD part of {@code smpp demo}: a handset of the simulator dials {@code *123#}, the ESME's {@link UssdSessions}
 * answers with a two-level menu (top menu, then the bundles sub-menu), the handset picks 2 then 1, and the service
 * ends the session. Prints the dialogue as the handset saw it.
 */
final class DemoUssd {
    static final String HANDSET = "447700900077";
    static final String SERVICE_CODE = "*123#";
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** The service: which menu the handset is in lives in the session's attributes. */
    static final UssdHandler MENU = (session, text) -> {
        String level = (String) session.attributes().getOrDefault("level", "start");
        UssdReply reply;
        switch (level) {
            case "start" -> {
                session.attributes().put("level", "top");
                reply = UssdReply.menu("Welcome to smppkit\n1 Balance\n2 Bundles");
            }
            case "top" -> {
                if (text.equals("2")) {
                    session.attributes().put("level", "bundles");
                    reply = UssdReply.menu("Bundles\n1 Daily 1 GB\n2 Weekly 5 GB");
                } else {
                    reply = UssdReply.end("Your balance is 12.50 EUR");
                }
            }
            default ->
                reply = UssdReply.end(
                        text.equals("1") ? "Daily 1 GB activated. Thank you!" : "Weekly 5 GB activated. Thank you!");
        }
        return CompletableFuture.completedFuture(reply);
    };

    /** Runs the dialogue; returns whether the service ended it. */
    boolean run(PrintWriter out) throws CliException, InterruptedException {
        long start = System.nanoTime();
        CompletableFuture<UssdSession> closed = new CompletableFuture<>();
        UssdHandler handler = new UssdHandler() {
            @Override
            public CompletionStage<UssdReply> onRequest(UssdSession session, String text) {
                return MENU.onRequest(session, text);
            }

            @Override
            public void onClosed(UssdSession session) {
                closed.complete(session);
            }
        };
        try (SmscSimulator smsc = DemoCommand.simulator(null);
                UssdSessions ussd = UssdSessions.builder(handler).build()) {
            Esme esme = Esme.builder()
                    .host(smsc.host())
                    .port(smsc.port())
                    .systemId(DemoCommand.SYSTEM_ID)
                    .password(DemoCommand.PASSWORD)
                    .hook(ussd.wrap(Hook.NOOP))
                    .build();
            ussd.attach(esme);
            try {
                esme.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
                out.printf(
                        "%n6. USSD: handset %s dials %s; the ESME's UssdSessions answers with a two-level menu"
                                + " (ussd_service_op, its_session_info):%n",
                        HANDSET, SERVICE_CODE);
                List<UssdDialogue.Turn> turns = smsc.ussd()
                        .handset(HANDSET)
                        .answers("2", "1")
                        .dial(DemoCommand.SYSTEM_ID, SERVICE_CODE)
                        .awaitEnd(WAIT);
                for (UssdDialogue.Turn t : turns) {
                    out.printf(
                            "   %s %-15s %s%n",
                            t.fromHandset() ? "handset >" : "service <",
                            t.operation(),
                            t.text().replace("\n", " | "));
                }
                UssdSession session = closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
                out.printf(
                        "   session %s of %s: %s after %d turns, in %d ms%n",
                        session.sessionNumber().isPresent()
                                ? "#" + session.sessionNumber().getAsInt()
                                : "",
                        session.msisdn(),
                        session.state(),
                        session.dialogue().size(),
                        (System.nanoTime() - start) / 1_000_000);
                out.flush();
                return session.state() == UssdSession.State.ENDED;
            } catch (ExecutionException | TimeoutException e) {
                throw new CliException(ExitCodes.SOFTWARE, "the USSD dialogue did not complete: " + e);
            } finally {
                esme.stop(Duration.ofSeconds(2)).join();
            }
        }
    }
}
