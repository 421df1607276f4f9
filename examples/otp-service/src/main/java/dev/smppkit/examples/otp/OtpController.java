package dev.smppkit.examples.otp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /otp} texts a code to a phone (202 once the SMSC accepted it, 503 when it cannot be sent) and {@code
 * POST /otp/verify} checks it (200 or 401). A malformed request is a 400 that says what is wrong; every error body is
 * an RFC 9457 problem.
 */
@RestController
public class OtpController {
    private static final Pattern CODE = Pattern.compile("[0-9]{6}");

    /**
     * The body of {@code POST /otp}.
     *
     * @param phone the phone in E.164 form
     */
    public record OtpRequest(String phone) {}

    /**
     * The body of {@code POST /otp/verify}.
     *
     * @param phone the phone the code was sent to
     * @param code the six digits
     */
    public record VerifyRequest(String phone, String code) {
        @Override
        public String toString() {
            return "VerifyRequest[phone=" + phone + ", code=******]"; // never in a log
        }
    }

    /**
     * The answer to {@code POST /otp}.
     *
     * @param messageIds the SMSC's id of each segment
     * @param expiresInSeconds how long the code is valid
     */
    public record OtpSent(List<String> messageIds, long expiresInSeconds) {}

    private final OtpService service;
    private final OtpStore store;
    private final OtpProperties properties;

    /**
     * Creates the controller.
     *
     * @param service sends codes
     * @param store checks them
     * @param properties the code's lifetime
     */
    public OtpController(OtpService service, OtpStore store, OtpProperties properties) {
        this.service = service;
        this.store = store;
        this.properties = properties;
    }

    /**
     * Texts a new code; the request thread is released while the SMSC answers.
     *
     * @param request the phone
     * @return 202 with the message ids, 400 for a bad phone, 503 when the SMS could not be sent
     */
    @PostMapping("/otp")
    public CompletableFuture<ResponseEntity<?>> requestCode(@RequestBody(required = false) OtpRequest request) {
        Optional<PhoneNumber> phone = PhoneNumber.parse(request == null ? null : request.phone());
        if (phone.isEmpty()) {
            return CompletableFuture.completedFuture(problem(HttpStatus.BAD_REQUEST, PhoneNumber.FORMAT));
        }
        return service.send(phone.get()).thenApply(result -> {
            if (result instanceof OtpService.SendResult.Sent sent) {
                return ResponseEntity.accepted()
                        .body(new OtpSent(sent.messageIds(), properties.ttl().toSeconds()));
            }
            return problem(HttpStatus.SERVICE_UNAVAILABLE, ((OtpService.SendResult.Unavailable) result).reason());
        });
    }

    /**
     * Checks a code.
     *
     * @param request the phone and the code
     * @return 200 when right, 401 when wrong, expired, unknown or out of attempts, 400 when malformed
     */
    @PostMapping("/otp/verify")
    public ResponseEntity<?> verify(@RequestBody(required = false) VerifyRequest request) {
        Optional<PhoneNumber> phone = PhoneNumber.parse(request == null ? null : request.phone());
        if (phone.isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, PhoneNumber.FORMAT);
        }
        if (request.code() == null || !CODE.matcher(request.code()).matches()) {
            return problem(HttpStatus.BAD_REQUEST, "code must be the 6 digits of the SMS");
        }
        return switch (store.verify(phone.get(), request.code())) {
            case VERIFIED -> ResponseEntity.ok(Map.of("verified", true));
            case WRONG_CODE -> problem(HttpStatus.UNAUTHORIZED, "wrong code");
            case TOO_MANY_ATTEMPTS ->
                problem(HttpStatus.UNAUTHORIZED, "wrong code, and no attempts left: request a new one");
            case NO_CODE ->
                problem(HttpStatus.UNAUTHORIZED, "no code pending for this phone, or it expired: request a new one");
        };
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
