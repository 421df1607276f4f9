package dev.smppkit.cli.internal;

import dev.smppkit.client.SessionEvent;

/** Watches a client's session events to fail a command fast: {@link BindWatch} for one ESME, {@link GatewayWatch}. */
public interface SessionWatch {
    /** Call from {@code Hook.onSessionEvent}. */
    void onSessionEvent(SessionEvent event);
}
