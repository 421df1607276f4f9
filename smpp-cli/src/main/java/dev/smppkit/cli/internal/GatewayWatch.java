package dev.smppkit.cli.internal;

import dev.smppkit.cli.config.GatewayConfig;
import dev.smppkit.client.BindFailedException;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.client.gateway.SmsGateway;
import java.net.ConnectException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * {@link BindWatch} for a gateway: starting fails fast once every account has failed before its first bind (an
 * account with a host list once per host, so that its secondary gets a chance), with one line naming each account's
 * failure; it succeeds as soon as any account is bound. Feed it the gateway hook's session events. Thread-safe.
 */
public final class GatewayWatch implements SessionWatch {
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final CompletableFuture<Void> allFailed = new CompletableFuture<>();
    private final Duration timeout;
    private volatile SmsGateway gateway;

    /** One account's attempts before its first bind. Guarded by this watch. */
    private static final class Account {
        final BindWatch describer;
        final int hosts;
        boolean bound;
        int failures;
        Throwable cause;

        Account(String target, int hosts) {
            this.describer = new BindWatch(target);
            this.hosts = hosts;
        }
    }

    /** @param timeout the connect and bind timeout of the accounts, for messages */
    public GatewayWatch(GatewayConfig config, Duration timeout) {
        for (GatewayConfig.Account a : config.accounts()) {
            accounts.put(a.name(), new Account(a.target(), a.hosts().size()));
        }
        this.timeout = timeout;
    }

    @Override
    public void onSessionEvent(SessionEvent event) {
        CliException all = null;
        synchronized (this) {
            Account a = accounts.get(event.account());
            if (a == null || a.bound) {
                return;
            }
            switch (event.type()) {
                case BOUND -> {
                    a.bound = true;
                    notifyAll();
                }
                case BIND_TIMEOUT, BIND_FAILED, CONNECTION_LOST -> {
                    a.failures++;
                    if (a.cause == null) {
                        a.cause = event.type() == SessionEvent.Type.BIND_TIMEOUT
                                        && !(event.cause() instanceof BindFailedException)
                                ? new BindFailedException("bind timed out", null)
                                : event.cause() != null ? event.cause() : new ConnectException("connection closed");
                    }
                    all = everyAccountFailed();
                    notifyAll();
                }
                default -> {}
            }
        }
        if (all != null) {
            allFailed.completeExceptionally(all);
        }
    }

    /**
     * Waits until every account is up (a session bound, as the gateway counts it) or has failed on each of its hosts,
     * so that a run starts with all the accounts that can bind. Call after {@link #start}.
     *
     * @return false if that took longer than the given time
     */
    public synchronized boolean awaitEveryAccount(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        // The session event comes just before the ESME counts the session as bound, and the gateway routes by the
        // count: so the count decides, looked at again shortly after each event.
        while (!accounts.entrySet().stream()
                .allMatch(e -> gateway.account(e.getKey()).boundSessions() > 0
                        || (!e.getValue().bound && e.getValue().failures >= e.getValue().hosts))) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, TimeUnit.MILLISECONDS.toNanos(10)));
        }
        return true;
    }

    /** The error if no account is bound and every one has failed on each of its hosts; null otherwise. Holds lock. */
    private CliException everyAccountFailed() {
        for (Account a : accounts.values()) {
            if (a.bound || a.failures < a.hosts) {
                return null;
            }
        }
        Map<String, CliException> errors = new LinkedHashMap<>();
        accounts.forEach((name, a) -> errors.put(name, a.describer.describe(a.cause, timeout)));
        CliException first = errors.values().iterator().next();
        if (errors.size() == 1) {
            return first;
        }
        return new CliException(
                first.exitCode(),
                "no account could bind: "
                        + errors.entrySet().stream()
                                .map(e -> e.getKey() + ": " + e.getValue().getMessage())
                                .collect(Collectors.joining("; ")));
    }

    /**
     * Starts the gateway and waits until an account is bound.
     *
     * @throws CliException every account refused or unreachable (the exit code of the first account's failure), or
     *     none bound in time ({@link ExitCodes#UNREACHABLE})
     */
    public void start(SmsGateway gateway, Duration timeout) throws CliException, InterruptedException {
        this.gateway = gateway;
        CompletableFuture<Void> started = gateway.start();
        int hosts = accounts.values().stream().mapToInt(a -> a.hosts).max().orElse(1);
        long limit = timeout.multipliedBy(2L * hosts).plusSeconds(1).toMillis();
        try {
            CompletableFuture.anyOf(started, allFailed).get(limit, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CliException c) {
                throw c;
            }
            throw new CliException(ExitCodes.UNREACHABLE, "cannot start: " + e.getCause());
        } catch (TimeoutException e) {
            throw new CliException(
                    ExitCodes.UNREACHABLE,
                    "timeout: no account bound in time ("
                            + accounts.entrySet().stream()
                                    .map(a -> a.getKey() + " "
                                            + a.getValue().describer.target())
                                    .collect(Collectors.joining(", "))
                            + ")");
        }
    }
}
