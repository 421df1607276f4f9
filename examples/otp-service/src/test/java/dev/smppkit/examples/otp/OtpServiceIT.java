package dev.smppkit.examples.otp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.Esme;
import dev.smppkit.client.Hook;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.text.TextCodec;
import dev.smppkit.testkit.SmscSimulator;
import dev.smppkit.testkit.StoredMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service over HTTP, sending through the starter's client to the testkit's simulator. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // the client closes with this class rather than at JVM exit, after the simulator is gone
class OtpServiceIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern CODE_IN_TEXT = Pattern.compile("Your code is ([0-9]{6})");
    /** Destinations the simulator refuses with ESME_RINVDSTADR. */
    private static final String REFUSED_PREFIX = "4479990";

    // per test class: one SMSC for every test, started before the context reads its port
    private static SmscSimulator smsc;

    @Autowired
    private Esme esme;

    @Autowired
    private SessionEvents sessionEvents;

    @Autowired
    private JsonMapper json;

    @LocalServerPort
    private int httpPort;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startSimulator() {
        smsc = SmscSimulator.builder()
                .credential("otp", "secret")
                .onSubmitSm(request -> request.pdu().destAddress().value().startsWith(REFUSED_PREFIX)
                        ? request.reject(CommandStatus.ESME_RINVDSTADR)
                        : request.accept())
                .start();
    }

    @AfterAll
    static void stopSimulator() {
        smsc.close();
    }

    @DynamicPropertySource
    static void smscAccount(DynamicPropertyRegistry registry) {
        registry.add("smppkit.host", () -> smsc.host());
        registry.add("smppkit.port", () -> smsc.port());
        registry.add("smppkit.system-id", () -> "otp");
        registry.add("smppkit.password", () -> "secret");
    }

    @BeforeEach
    void awaitBound() throws InterruptedException {
        // the starter binds in the background; the hook sees BOUND after the session counts as bound
        if (esme.boundSessions() == 0) {
            sessionEvents.await(SessionEvent.Type.BOUND);
        }
    }

    @Test
    void theCodeGoesOutInExactlyOneSubmitSmAndVerifiesOnce() throws Exception {
        HttpResponse<String> sent = post("/otp", "{\"phone\":\"+447700900123\"}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        JsonNode body = json.readTree(sent.body());
        assertThat(body.get("expiresInSeconds").asLong()).isEqualTo(300);
        String messageId = body.get("messageIds").get(0).asString();

        // the SMSC had the submit_sm before it answered, so it is recorded by the time the 202 arrives
        List<SubmitSm> submits = submitsTo("447700900123");
        assertThat(submits).hasSize(1);
        String code = codeIn(submits.get(0));
        StoredMessage stored = smsc.messages().get(messageId).orElseThrow();
        assertThat(stored.destination().value()).isEqualTo("447700900123");
        assertThat(TextCodec.decode(stored.body(), stored.dataCoding(), DataCoding.SMSC_DEFAULT))
                .isEqualTo("Your code is " + code);

        assertThat(verify("+447700900123", otherThan(code)).statusCode()).isEqualTo(401);
        assertThat(verify("+447700900124", code).statusCode()).isEqualTo(401);
        HttpResponse<String> verified = verify("+447700900123", code);
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(json.readTree(verified.body()).get("verified").asBoolean()).isTrue();
        HttpResponse<String> again = verify("+447700900123", code);
        assertThat(again.statusCode()).isEqualTo(401);
        assertThat(detail(again)).contains("no code pending");
    }

    @Test
    void fiveWrongCodesUseUpTheCode() throws Exception {
        assertThat(post("/otp", "{\"phone\":\"+447700900200\"}").statusCode()).isEqualTo(202);
        String code = codeIn(submitsTo("447700900200").get(0));
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> wrong = verify("+447700900200", otherThan(code));
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(detail(wrong)).isEqualTo("wrong code");
        }
        assertThat(detail(verify("+447700900200", otherThan(code)))).contains("no attempts left");
        assertThat(verify("+447700900200", code).statusCode()).isEqualTo(401);
    }

    @Test
    void aMalformedPhoneOrCodeIsA400AndSendsNothing() throws Exception {
        int submitsBefore = smsc.traffic().received(SubmitSm.class).size();
        for (String phone :
                List.of("\"07700900123\"", "\"+44 7700 900123\"", "\"+0447700900123\"", "\"+4477\"", "null")) {
            HttpResponse<String> response = post("/otp", "{\"phone\":" + phone + "}");
            assertThat(response.statusCode()).as(phone).isEqualTo(400);
            assertThat(detail(response)).contains("E.164");
        }
        assertThat(post("/otp", "{\"phone\":").statusCode()).isEqualTo(400); // not JSON
        HttpResponse<String> badCode = verify("+447700900123", "12345");
        assertThat(badCode.statusCode()).isEqualTo(400);
        assertThat(detail(badCode)).contains("6 digits");
        assertThat(smsc.traffic().received(SubmitSm.class)).hasSize(submitsBefore);
    }

    @Test
    void aMessageTheSmscRefusesIsA503AndItsCodeIsDropped() throws Exception {
        HttpResponse<String> refused = post("/otp", "{\"phone\":\"+447999000001\"}");
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(detail(refused)).contains("ESME_RINVDSTADR");
        String code = codeIn(submitsTo("447999000001").get(0));
        assertThat(detail(verify("+447999000001", code))).contains("no code pending");
    }

    @Test
    void withoutABoundSessionTheServiceAnswers503AtOnceAndRecoversWhenTheSmscIsBack() throws Exception {
        smsc.stop();
        sessionEvents.await(SessionEvent.Type.CONNECTION_LOST);
        HttpResponse<String> unbound = post("/otp", "{\"phone\":\"+447700900300\"}");
        assertThat(unbound.statusCode()).isEqualTo(503);
        assertThat(detail(unbound)).contains("not connected");

        smsc.start();
        sessionEvents.await(SessionEvent.Type.BOUND);
        assertThat(post("/otp", "{\"phone\":\"+447700900300\"}").statusCode()).isEqualTo(202);
        assertThat(submitsTo("447700900300")).hasSize(1);
    }

    private List<SubmitSm> submitsTo(String digits) {
        return smsc.traffic().received(SubmitSm.class).stream()
                .filter(sm -> sm.destAddress().value().equals(digits))
                .toList();
    }

    private static String codeIn(SubmitSm submit) {
        String text = TextCodec.decode(submit.shortMessage(), submit.dataCoding(), DataCoding.SMSC_DEFAULT);
        Matcher m = CODE_IN_TEXT.matcher(text);
        assertThat(m.matches()).as(text).isTrue();
        return m.group(1);
    }

    private static String otherThan(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    private String detail(HttpResponse<String> problem) {
        return json.readTree(problem.body()).get("detail").asString();
    }

    private HttpResponse<String> verify(String phone, String code) throws IOException, InterruptedException {
        return post("/otp/verify", "{\"phone\":\"" + phone + "\",\"code\":\"" + code + "\"}");
    }

    private HttpResponse<String> post(String path, String jsonBody) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .header("Content-Type", "application/json")
                .timeout(WAIT)
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @TestConfiguration
    static class Events {
        @Bean
        SessionEvents sessionEvents() {
            return new SessionEvents();
        }
    }

    /** The client's session events, as the hook the starter gives them to. */
    static final class SessionEvents implements Hook {
        private final BlockingQueue<SessionEvent.Type> events = new LinkedBlockingQueue<>();

        @Override
        public void onSessionEvent(SessionEvent event) {
            events.add(event.type());
        }

        /** Takes events until one of this type, failing after {@link #WAIT}. */
        void await(SessionEvent.Type type) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            SessionEvent.Type next;
            do {
                next = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                assertThat(next).as("waiting for " + type).isNotNull();
            } while (next != type);
        }
    }
}
