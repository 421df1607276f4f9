package dev.smppkit.examples.otp;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code otp.*} properties.
 *
 * @param sender the alphanumeric sender the SMS comes from (at most 11 characters)
 * @param ttl how long a code stays valid
 * @param maxAttempts wrong codes allowed before the pending code is dropped
 * @param maxPending codes kept at most at once, so that requests for many numbers cannot exhaust the memory
 * @param sendTimeout how long a message may wait for a bound session: an OTP that arrives late is worse than none
 */
@ConfigurationProperties("otp")
public record OtpProperties(
        @DefaultValue("smppkit") String sender,
        @DefaultValue("5m") Duration ttl,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("100000") int maxPending,
        @DefaultValue("30s") Duration sendTimeout) {}
