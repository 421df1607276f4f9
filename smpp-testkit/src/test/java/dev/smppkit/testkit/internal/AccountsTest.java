package dev.smppkit.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountsTest {
    @Test
    void closedAcceptsOnlyKnownSystemIdsWithTheirPassword() {
        Accounts accounts = new Accounts(Map.of("esme", "secret", "empty", ""), true);

        assertThat(accounts.accepts("esme", "secret")).isTrue();
        assertThat(accounts.accepts("esme", "secreT")).isFalse();
        assertThat(accounts.accepts("esme", "secret1")).isFalse();
        assertThat(accounts.accepts("esme", "")).isFalse();
        assertThat(accounts.accepts("empty", "")).isTrue();
        assertThat(accounts.accepts("stranger", "secret")).isFalse();
        assertThat(accounts.accepts("stranger", "")).isFalse();
    }

    @Test
    void openAcceptsUnknownSystemIdsButChecksKnownOnes() {
        Accounts accounts = new Accounts(Map.of("esme", "secret"), false);

        assertThat(accounts.accepts("stranger", "anything")).isTrue();
        assertThat(accounts.accepts("esme", "wrong")).isFalse();
    }
}
