package dev.smppkit.spring.boot.internal;

import dev.smppkit.client.Esme;
import dev.smppkit.client.EsmeBuilder;
import dev.smppkit.spring.boot.SmppAccountProperties;

/** The connection keys every account has, single ({@code smppkit.*}) or one of {@code smppkit.accounts}, as a builder. */
final class AccountBuilders {
    private AccountBuilders() {}

    /**
     * A client builder with the account's host, port, credentials, sessions, window and rate set.
     *
     * @param prefix the account's property prefix, to name a missing key ("smppkit." or "smppkit.accounts.a.")
     * @throws IllegalStateException if the account has no system-id
     */
    static EsmeBuilder of(SmppAccountProperties a, String prefix) {
        if (a.getSystemId() == null || a.getSystemId().isEmpty()) {
            throw new IllegalStateException(prefix + "system-id must be set");
        }
        EsmeBuilder b = Esme.builder()
                .host(a.getHost())
                .port(a.getPort())
                .systemId(a.getSystemId())
                .password(a.getPassword() == null ? "" : a.getPassword())
                .sessions(a.getSessions());
        if (a.getWindow() != null) {
            b.window(a.getWindow());
        }
        if (a.getMaxTps() != null) {
            b.maxTps(a.getMaxTps());
        }
        return b;
    }
}
