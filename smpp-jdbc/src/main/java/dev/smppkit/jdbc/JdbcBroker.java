package dev.smppkit.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.smppkit.client.Broker;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.ShutdownException;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.jackson.SmppJacksonModule;
import dev.smppkit.jdbc.internal.BatchQueue;
import dev.smppkit.jdbc.internal.JdbcExecutor;
import dev.smppkit.jdbc.internal.JdbcSupport;
import dev.smppkit.jdbc.internal.LeaseKeeper;
import dev.smppkit.jdbc.internal.OutboxStore;
import dev.smppkit.jdbc.internal.Schema;
import dev.smppkit.jdbc.internal.TakePoller;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A {@link Broker} on a database table (the outbox), so that queued messages survive restarts and crashes and any
 * number of ESME processes can share one queue. Build one with {@link #builder(DataSource)}; create its table with
 * {@link #initializeSchema()} or from the DDL in {@link #schema()}.
 *
 * <p>Each row holds a message as JSON ({@link SmppJacksonModule}) with its state ({@link OutboxState}), attempts,
 * availability time and lease. {@link #take} claims due rows atomically for this broker's {@link #owner()} until
 * the lease expires, so no two consumers hold the same message; the lease is renewed while this broker holds it, and
 * a consumer that dies leaves its messages to be taken again when their leases run out. {@link #complete} stores the
 * final state (accepted, rejected, failed or expired), SMSC message ids, status, error (for an expired message its
 * deadline) and the outcome's account; {@link #release} queues a message again after a delay. Both are
 * fenced by the attempt number: a consumer that lost its lease changes nothing and gets a {@link LeaseLostException}.
 * Delivery is therefore at least once: a message whose lease expired while its submit_sm was in flight may be sent
 * twice.
 *
 * <p>Lifecycle: {@code queued -> in_flight -> accepted | rejected | failed | expired}, {@code in_flight -> queued} on
 * release (or when its lease expires and it is taken again), {@code queued -> cancelled} by {@link #cancel},
 * {@link #cancelByTrackingId} or {@link #cancelQueuedOlderThan}. Final rows stay until {@link #purgeFinished}.
 *
 * <p>Order of {@link #take}: in-flight messages whose lease expired first, then queued ones by
 * {@linkplain OutboundMessage#queuePriority() queue priority}, highest first, oldest first within one, except that
 * every n-th queued message this broker hands out (n = 1 / {@linkplain Builder#lowPriorityShare low-priority share},
 * every 10th by default) is the oldest queued message whatever its priority, so that low priorities are never
 * starved (the rule of the in-memory broker). The count is kept per broker instance: with several instances on one
 * table each applies the rule to its own takes, which keeps the same share overall. Each order is an index scan
 * (see {@link #schema()}), so a take costs the same with ten or a million queued rows.
 *
 * <p>A message with a {@linkplain OutboundMessage#deduplicationKey() deduplication key} is queued once: the
 * {@code dedup_key} column has a unique index, and enqueuing a key a row holds completes with that row's message
 * (its id, attempt and enqueue time) instead of a new one, whether it is queued, in flight or final, for the
 * {@linkplain Builder#deduplicationRetention retention} (24 h by default) after it was queued. The key is remembered
 * only as long as its row exists: purge final rows no sooner than the retention.
 *
 * <p>All database work runs on a bounded pool of its own ({@link Builder#threads}), each thread holding one
 * connection from the data source; single operations are written in batches (group commit). Stages complete on those
 * threads: do not block in their dependent actions. Thread-safe.
 */
public final class JdbcBroker implements Broker, AutoCloseable {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(JdbcBroker.class);
    /** The longest tracking id the {@code tracking_id} column holds. */
    public static final int MAX_TRACKING_ID = 255;

    private final DataSource dataSource;
    private final JdbcDialect dialect;
    private final boolean unlogged;
    private final String table;
    private final String owner;
    private final Duration lease;
    private final Clock clock;
    private final ObjectMapper mapper = SmppJacksonModule.newObjectMapper();
    private final OutboxStore store;
    private final JdbcExecutor executor;
    private final ScheduledThreadPoolExecutor timer;
    private final TakePoller poller;
    private final LeaseKeeper leases;
    private final BatchQueue<OutboxStore.NewMessage, OutboxStore.Inserted> inserts;
    private final BatchQueue<OutboxStore.Completion, Void> completions;
    private final BatchQueue<OutboxStore.Release, Void> releases;
    private final int oldestEvery; // 0: strict priority
    private final Duration dedupRetention;
    // the queued handouts since the last that went to the oldest; races between concurrent takes only shift the share
    private final AtomicInteger sinceOldest = new AtomicInteger();
    private volatile boolean closed;

    private JdbcBroker(Builder b) {
        this.dataSource = b.dataSource;
        this.dialect = b.dialect != null ? b.dialect : JdbcDialect.detect(b.dataSource);
        this.unlogged = b.checkUnlogged(dialect);
        this.table = b.table;
        this.owner = b.owner != null ? b.owner : JdbcSupport.defaultOwner();
        this.lease = b.leaseDuration;
        this.clock = b.clock;
        this.oldestEvery = b.lowPriorityShare == 0 ? 0 : (int) Math.round(1 / b.lowPriorityShare);
        this.dedupRetention = b.deduplicationRetention;
        this.store = new OutboxStore(dialect, table, mapper);
        this.executor = new JdbcExecutor("smppkit-" + table, dataSource, b.threads, 10_000);
        this.timer = JdbcSupport.timer("smppkit-" + table + "-timer");
        this.leases = new LeaseKeeper(store, executor, lease, clock);
        this.poller = new TakePoller(timer, this::claim, this::unclaim, b.minPoll, b.maxPoll, b.maxTakeWait);
        int concurrent = Math.max(1, b.threads / 2);
        this.inserts = new BatchQueue<>(
                "enqueue into " + table,
                executor,
                b.batchSize,
                concurrent,
                (c, items) -> store.insert(c, items, clock.instant(), dedupRetention));
        this.completions = new BatchQueue<>(
                "complete in " + table,
                executor,
                b.batchSize,
                concurrent,
                (c, items) -> store.complete(c, items, clock.instant()));
        this.releases = new BatchQueue<>(
                "release in " + table,
                executor,
                b.batchSize,
                concurrent,
                (c, items) -> store.release(c, items, clock.instant()));
        long renewEvery = Math.max(1, lease.toMillis() / 3);
        timer.scheduleWithFixedDelay(leases::renewAll, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
    }

    /**
     * A builder for a broker on {@code dataSource}; pass a pooled data source if the process has one.
     *
     * @param dataSource where the outbox table lives; not null
     * @return a new builder with the defaults
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Claims due messages (queued ones whose delay has passed, and in-flight ones whose lease expired) for this
     * broker. Completes with 1 to {@code max} messages as soon as some are due; with an empty list when none became
     * due within the maximum take wait, or at once when the broker is closed; exceptionally with a
     * {@link JdbcStoreException} when the database fails. A cancelled take hands its messages to nobody: any it had
     * claimed are put back at once.
     *
     * @throws IllegalArgumentException if {@code max} is below 1
     */
    @Override
    public CompletionStage<List<QueuedMessage>> take(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max is " + max + "; must be at least 1");
        }
        return poller.take(max);
    }

    private CompletableFuture<List<QueuedMessage>> claim(int max) {
        return executor.submit("take from " + table, c -> {
                    Instant now = clock.instant();
                    OutboxStore.Claimed claimed =
                            store.claim(c, max, oldestEvery, sinceOldest.get(), owner, now, now.plus(lease));
                    sinceOldest.set(claimed.sinceOldest());
                    return claimed.messages();
                })
                .thenApply(batch -> {
                    batch.forEach(m -> leases.hold(Long.parseLong(m.id()), m.attempt()));
                    return batch;
                });
    }

    private void unclaim(List<QueuedMessage> batch) {
        for (QueuedMessage m : batch) {
            long id = Long.parseLong(m.id());
            leases.drop(id, m.attempt());
            releases.submit(new OutboxStore.Release(id, m.attempt(), clock.instant(), true))
                    .whenComplete((v, e) -> {
                        if (e != null) {
                            log.warn(
                                    "{}: could not put back message {} of a cancelled take; it returns when its"
                                            + " lease expires",
                                    table,
                                    id,
                                    e);
                        }
                        poller.wakeUp();
                    });
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Completes when the final state is committed; exceptionally with {@link LeaseLostException} if this broker no
     * longer holds the message (another consumer's outcome will be stored), {@link JdbcStoreException} if the database
     * failed (the lease then expires and the message is taken again), {@link ShutdownException} if the broker is
     * closed, or {@link IllegalArgumentException} if the message is not one of this broker's.
     */
    @Override
    public CompletionStage<Void> complete(QueuedMessage message, SubmitOutcome outcome) {
        long id;
        try {
            id = id(message);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (closed) {
            return CompletableFuture.failedFuture(new ShutdownException("broker closed: " + table));
        }
        return completions
                .submit(new OutboxStore.Completion(id, message.attempt(), outcome))
                .whenComplete((v, e) -> leases.drop(id, message.attempt()));
    }

    /**
     * {@inheritDoc}
     *
     * <p>The message becomes due again {@code delay} from now (at once for zero or negative delays); its attempt
     * count, which counts takes, grows when it is taken again. Completes when committed; exceptionally as
     * {@link #complete} does.
     */
    @Override
    public CompletionStage<Void> release(QueuedMessage message, Duration delay) {
        long id;
        try {
            id = id(message);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (closed) {
            return CompletableFuture.failedFuture(new ShutdownException("broker closed: " + table));
        }
        Instant now = clock.instant();
        Instant at = delay.isNegative() ? now : now.plus(delay);
        return releases.submit(new OutboxStore.Release(id, message.attempt(), at, false))
                .whenComplete((v, e) -> {
                    leases.drop(id, message.attempt());
                    if (e == null && !at.isAfter(now)) {
                        poller.wakeUp();
                    }
                });
    }

    /**
     * {@inheritDoc}
     *
     * <p>Inserts the message, in a transaction shared with other concurrent enqueues. Completes with its queued form
     * (attempt 1, the broker's id) once committed, or, when a row holds its deduplication key, with that row's
     * message, id, attempt and enqueue time (nothing is inserted); exceptionally with {@link IllegalArgumentException} if the tracking
     * id is longer than {@value #MAX_TRACKING_ID}, {@link JdbcStoreException} if the database failed, or
     * {@link ShutdownException} if the broker is closed. Never waits for room: the table is the limit.
     */
    @Override
    public CompletionStage<QueuedMessage> enqueue(OutboundMessage message) {
        OutboxStore.NewMessage m;
        try {
            m = serialize(message);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (closed) {
            return CompletableFuture.failedFuture(new ShutdownException("broker closed: " + table));
        }
        return inserts.submit(m).thenApply(row -> {
            poller.wakeUp();
            return queued(row, message);
        });
    }

    /**
     * Queues several messages in one transaction: all or none. Completes as {@link #enqueue(OutboundMessage)} does,
     * with the queued messages in order.
     *
     * @param messages the messages to queue, in order; not null
     * @return a stage that completes with the queued messages in order once committed
     */
    public CompletionStage<List<QueuedMessage>> enqueue(List<OutboundMessage> messages) {
        List<OutboxStore.NewMessage> rows = new ArrayList<>(messages.size());
        try {
            messages.forEach(m -> rows.add(serialize(m)));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (closed) {
            return CompletableFuture.failedFuture(new ShutdownException("broker closed: " + table));
        }
        return executor.submit("enqueue into " + table, c -> insert(c, messages, rows))
                .thenApply(queued -> {
                    poller.wakeUp();
                    return queued;
                });
    }

    /**
     * Queues a message in the caller's transaction, on the caller's thread (it blocks): the message is sent only if
     * and once the caller commits, so a business change and its SMS are stored together. Consumers find it by
     * polling, within their poll interval after the commit.
     *
     * @param connection the caller's connection, in the transaction that should carry the message; not committed here
     * @param message the message to queue; not null
     * @return the queued form of the message (attempt 1, the broker's id)
     * @throws SQLException if the insert fails (the caller's transaction decides what happens then)
     * @throws IllegalArgumentException if the tracking id is too long
     */
    public QueuedMessage enqueue(Connection connection, OutboundMessage message) throws SQLException {
        return enqueue(connection, List.of(message)).get(0);
    }

    /**
     * Queues several messages in the caller's transaction; see {@link #enqueue(Connection, OutboundMessage)}.
     *
     * @param connection the caller's connection, in the transaction that should carry the messages; not committed here
     * @param messages the messages to queue, in order; not null
     * @return the queued forms, in order
     * @throws SQLException if the insert fails (the caller's transaction decides what happens then)
     * @throws IllegalArgumentException if a tracking id is too long
     */
    public List<QueuedMessage> enqueue(Connection connection, List<OutboundMessage> messages) throws SQLException {
        List<OutboxStore.NewMessage> rows = new ArrayList<>(messages.size());
        messages.forEach(m -> rows.add(serialize(m)));
        return insert(connection, messages, rows);
    }

    private List<QueuedMessage> insert(Connection c, List<OutboundMessage> messages, List<OutboxStore.NewMessage> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Object> ids = store.insert(c, rows, clock.instant(), dedupRetention);
        List<QueuedMessage> queued = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            queued.add(queued((OutboxStore.Inserted) ids.get(i), messages.get(i)));
        }
        return queued;
    }

    private static QueuedMessage queued(OutboxStore.Inserted row, OutboundMessage message) {
        return new QueuedMessage(
                Long.toString(row.id()),
                row.earlier() != null ? row.earlier() : message,
                row.attempt(),
                row.createdAt());
    }

    private OutboxStore.NewMessage serialize(OutboundMessage message) {
        String trackingId = message.trackingId();
        if (trackingId != null && trackingId.length() > MAX_TRACKING_ID) {
            throw new IllegalArgumentException("trackingId is " + trackingId.length() + " characters; at most "
                    + MAX_TRACKING_ID + " (the tracking_id column)");
        }
        try {
            return new OutboxStore.NewMessage(message, mapper.writeValueAsString(message));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("message cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    private static long id(QueuedMessage message) {
        try {
            return Long.parseLong(message.id());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("message id '" + message.id() + "' is not one of a JdbcBroker", e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Marks the row {@link OutboxState#CANCELLED} if it is queued, due or waiting after a delayed release. A message
     * in flight is not touched (it may be at the SMSC: send a cancel_sm with the message id of its outcome, once it is
     * accepted). Completes with whether it was cancelled; exceptionally with {@link JdbcStoreException} if the database
     * failed or {@link ShutdownException} if the broker is closed.
     */
    @Override
    public CompletionStage<Boolean> cancel(String id) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return CompletableFuture.completedFuture(false); // not one of ours: not queued here
        }
        return cancelling(c -> store.cancel(c, key, clock.instant()));
    }

    /**
     * {@inheritDoc}
     *
     * <p>As {@link #cancel(String)}, for every queued row with the tracking id; completes with how many.
     */
    @Override
    public CompletionStage<Integer> cancelByTrackingId(String trackingId) {
        return cancelling(c -> store.cancelByTrackingId(c, trackingId, clock.instant()));
    }

    /**
     * {@inheritDoc}
     *
     * <p>As {@link #cancel(String)}, for every queued row created at or before now minus {@code age} (every queued row
     * for zero); completes with how many. One statement: a large backlog is cancelled in one transaction.
     *
     * @throws IllegalArgumentException if {@code age} is negative
     */
    @Override
    public CompletionStage<Integer> cancelQueuedOlderThan(Duration age) {
        if (age.isNegative()) {
            throw new IllegalArgumentException("age is " + age + "; must not be negative");
        }
        return cancelling(c -> {
            Instant now = clock.instant();
            return store.cancelQueuedBefore(c, age.isZero() ? null : now.minus(age), now);
        });
    }

    private <T> CompletionStage<T> cancelling(JdbcExecutor.Work<T> work) {
        if (closed) {
            return CompletableFuture.failedFuture(new ShutdownException("broker closed: " + table));
        }
        return executor.submit("cancel in " + table, work);
    }

    /**
     * The row of a message by its id, or empty.
     *
     * @param id a {@link QueuedMessage#id()} of this broker; an id of another form finds nothing
     * @return a stage that completes with the row, or empty if there is none
     */
    public CompletionStage<Optional<OutboxEntry>> find(String id) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return executor.submit("find in " + table, c -> store.find(c, key));
    }

    /**
     * The rows with a tracking id, oldest first (a producer may have queued the same id twice).
     *
     * @param trackingId the user's tracking id
     * @return a stage that completes with the rows; empty if none
     */
    public CompletionStage<List<OutboxEntry>> findByTrackingId(String trackingId) {
        return executor.submit("find in " + table, c -> store.findByTrackingId(c, trackingId));
    }

    /**
     * How many messages are in each state.
     *
     * @return a stage that completes with a count for every state (0 for states with no rows)
     */
    public CompletionStage<Map<OutboxState, Long>> countByState() {
        return executor.submit("count " + table, store::counts);
    }

    /**
     * How many messages are in each state, per account (the {@linkplain SubmitOutcome#account() account} of the
     * outcome that made a message final). Messages not final yet, and final ones whose outcome named no account, are
     * counted under {@code ""}.
     *
     * @return a stage that completes with, for each account that has rows, a count for every state (0 for states with
     *     no rows), accounts in name order
     */
    public CompletionStage<Map<String, Map<OutboxState, Long>>> countByAccount() {
        return executor.submit("count " + table, store::countsByAccount);
    }

    /**
     * Deletes messages that reached a final state (accepted, rejected, failed, expired or cancelled) before
     * {@code completedBefore}. A deleted row's deduplication key is forgotten: a cut-off older than the
     * {@linkplain Builder#deduplicationRetention retention} keeps the keys as long as promised.
     *
     * @param completedBefore the cut-off; rows completed at or after it stay
     * @return a stage that completes with the number of rows deleted
     */
    public CompletionStage<Integer> purgeFinished(Instant completedBefore) {
        return executor.submit("purge " + table, c -> store.purge(c, completedBefore));
    }

    /**
     * The DDL that {@link #initializeSchema()} runs, for migration tools.
     *
     * @return the statements, in order, for this broker's dialect and table
     */
    public List<String> schema() {
        return Schema.statements(dialect, "outbox", table, unlogged);
    }

    /**
     * Creates the outbox table and its indexes if they do not exist. Blocks the caller.
     *
     * @throws JdbcStoreException if the DDL fails
     */
    public void initializeSchema() {
        JdbcSupport.runDdl(dataSource, schema(), table);
    }

    /**
     * The database dialect this broker writes SQL for.
     *
     * @return the configured or detected dialect
     */
    public JdbcDialect dialect() {
        return dialect;
    }

    /**
     * The outbox table this broker uses.
     *
     * @return the table name, as configured (possibly schema-qualified)
     */
    public String table() {
        return table;
    }

    /**
     * The lease owner this broker writes on the messages it takes.
     *
     * @return 1-128 characters
     */
    public String owner() {
        return owner;
    }

    /**
     * The size of the JDBC pool (and the most connections this broker holds).
     *
     * @return the number of threads, 1-256
     */
    public int threads() {
        return executor.threads();
    }

    /**
     * Messages this broker has handed out and not yet completed or released (their leases are kept alive).
     *
     * @return the number of messages leased now
     */
    public int leased() {
        return leases.size();
    }

    /**
     * Closes the broker: waiting takes complete with an empty list, later calls fail with {@link ShutdownException},
     * queued database work finishes (up to 10 s), connections are closed. Messages still leased are not touched:
     * their leases expire and others take them. Blocks the caller.
     */
    @Override
    public void close() {
        closed = true;
        poller.close();
        timer.shutdownNow();
        executor.close();
    }

    /** Builds a {@link JdbcBroker}; every setter checks its argument. */
    public static final class Builder extends JdbcOptions<Builder> {
        private Duration leaseDuration = Duration.ofSeconds(60);
        private Duration minPoll = Duration.ofMillis(10);
        private Duration maxPoll = Duration.ofMillis(250);
        private Duration maxTakeWait = Duration.ofMillis(500);
        private String owner;
        private double lowPriorityShare = 0.1;
        private Duration deduplicationRetention = Duration.ofHours(24);

        private Builder(DataSource dataSource) {
            super(dataSource, "smppkit_outbox");
        }

        /**
         * How long a taken message stays reserved for this broker without a renewal (default 60 s). The broker renews
         * it every third of this while it holds the message, so this bounds how long a crashed consumer's messages
         * wait before others take them. At least 100 ms.
         *
         * @param lease the lease, at least 100 ms
         * @return this builder
         */
        public Builder leaseDuration(Duration lease) {
            this.leaseDuration = atLeast("leaseDuration", lease, Duration.ofMillis(100));
            return this;
        }

        /**
         * How often an idle take asks the database: first after {@code min}, doubling with each empty poll up to
         * {@code max} (defaults 10 ms and 250 ms). Messages queued in this process wake takes at once.
         *
         * @param min the first wait after an empty poll, at least 1 ms
         * @param max the longest wait between polls, at least {@code min}
         * @return this builder
         */
        public Builder pollInterval(Duration min, Duration max) {
            this.minPoll = atLeast("pollInterval min", min, Duration.ofMillis(1));
            this.maxPoll = atLeast("pollInterval max", max, min);
            return this;
        }

        /**
         * How long a take waits for messages before completing with an empty list (default 500 ms; 1 ms–60 s).
         *
         * @param wait the longest wait of one take
         * @return this builder
         */
        public Builder maxTakeWait(Duration wait) {
            this.maxTakeWait = atLeast("maxTakeWait", wait, Duration.ofMillis(1));
            if (wait.compareTo(Duration.ofSeconds(60)) > 0) {
                throw new IllegalArgumentException("maxTakeWait is " + wait + "; at most 60 s");
            }
            return this;
        }

        /**
         * The lease owner written on taken messages, 1–128 characters (default: host, process id and a random part).
         *
         * @param owner a name unique to this consumer
         * @return this builder
         */
        public Builder owner(String owner) {
            if (owner == null || owner.isEmpty() || owner.length() > 128) {
                throw new IllegalArgumentException("owner is '" + owner + "'; must be 1-128 characters");
            }
            this.owner = owner;
            return this;
        }

        /**
         * The least share of handouts that go to the oldest queued message whatever its priority (default 0.1: every
         * 10th), so that urgent messages get at least the rest of the send rate and low priorities are never starved;
         * 0 for strict priority. Applied by each broker instance to its own takes.
         *
         * @param share 0 to 0.5
         * @return this builder
         */
        public Builder lowPriorityShare(double share) {
            if (!(share >= 0 && share <= 0.5)) {
                throw new IllegalArgumentException("lowPriorityShare is " + share + "; must be 0-0.5");
            }
            this.lowPriorityShare = share;
            return this;
        }

        /**
         * How long after a message was queued its deduplication key keeps a second enqueue from queuing it again
         * (default 24 h). Past it, an enqueue with the key takes it from the old row and queues a new message. A
         * purged row's key is forgotten sooner: purge final rows no sooner than this.
         *
         * @param retention at least 1 s
         * @return this builder
         */
        public Builder deduplicationRetention(Duration retention) {
            this.deduplicationRetention = atLeast("deduplicationRetention", retention, Duration.ofSeconds(1));
            return this;
        }

        /**
         * Builds the broker and starts its lease renewal. Detects the dialect first (one connection) unless set.
         *
         * @return a new broker, open; close it to stop its threads
         * @throws JdbcStoreException if the dialect must be detected and no connection can be opened
         */
        public JdbcBroker build() {
            return new JdbcBroker(this);
        }
    }
}
