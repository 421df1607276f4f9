package dev.smppkit.examples.otp;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Sends one-time passcodes by SMS: {@code POST /otp} texts a code to a phone, {@code POST /otp/verify} checks it. The
 * {@code Esme} it sends through is the one smpp-spring-boot-starter configures from the {@code smppkit.*} properties.
 */
@SpringBootApplication
@EnableConfigurationProperties(OtpProperties.class)
public class OtpApplication {
    /**
     * Runs the service.
     *
     * @param args Spring Boot's command line, e.g. {@code --smppkit.port=2775}
     */
    public static void main(String[] args) {
        SpringApplication.run(OtpApplication.class, args);
    }

    /** The clock that codes expire by; a test may define its own. */
    @Bean
    Clock otpClock() {
        return Clock.systemUTC();
    }
}
