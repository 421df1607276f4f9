-- smppkit JDBC broker: the outbox (MariaDB 10.6+, InnoDB). ${table} is the configured table name, ${name} its
-- unqualified part (index names). Times are UTC. Idempotent.
CREATE TABLE IF NOT EXISTS ${table} (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- queued, in_flight, accepted, rejected, failed, expired, cancelled
    state            VARCHAR(16)  NOT NULL,
    -- how many times the message was taken
    attempts         INT          NOT NULL DEFAULT 0,
    -- when it may be taken: after a release delay, or when the lease of an in-flight message expires; NULL once final
    available_at     DATETIME(3)  NULL,
    lease_owner      VARCHAR(128) NULL,
    lease_expires_at DATETIME(3)  NULL,
    tracking_id      VARCHAR(255) NULL,
    -- the OutboundMessage as JSON (SmppJacksonModule)
    message          JSON         NOT NULL,
    -- the SMSC's message_id per accepted segment, a JSON array
    message_ids      TEXT         NULL,
    command_status   INT          NULL,
    error            TEXT         NULL,
    created_at       DATETIME(3)  NOT NULL,
    updated_at       DATETIME(3)  NOT NULL,
    completed_at     DATETIME(3)  NULL,
    -- the account (ESME name) whose outcome made the row final; NULL before, or when the outcome named none
    account          VARCHAR(64)  NULL,
    -- OutboundMessage.queuePriority(), 0-9, higher first
    priority         SMALLINT     NOT NULL DEFAULT 0,
    -- OutboundMessage.deduplicationKey(): a second enqueue with it returns this row
    dedup_key        VARCHAR(128) NULL,
    INDEX ${name}_tracking (tracking_id),
    INDEX ${name}_completed (completed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
-- added after the first release: tables created before get the columns here (MariaDB 10.0.2+; MySQL 8 has no
-- IF NOT EXISTS on columns: there, add it by hand once)
ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS account VARCHAR(64) NULL;
ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS priority SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS dedup_key VARCHAR(128) NULL;
-- what take() scans, one index per order it takes in, led by the state so that final rows are outside the range:
-- queued rows by priority then age (a descending key part: MariaDB 10.8+; older versions sort the due rows), and by
-- age alone (the share of the oldest); in-flight rows by lease expiry. available_at is a key part so that rows
-- released with a delay are skipped inside the index (index condition pushdown).
CREATE INDEX IF NOT EXISTS ${name}_take ON ${table} (state, priority DESC, id, available_at);
CREATE INDEX IF NOT EXISTS ${name}_oldest ON ${table} (state, id, available_at);
CREATE INDEX IF NOT EXISTS ${name}_leases ON ${table} (state, available_at, id);
-- idempotent enqueue: one row per deduplication key (NULLs are distinct: rows without one are not limited)
CREATE UNIQUE INDEX IF NOT EXISTS ${name}_dedup ON ${table} (dedup_key);
-- the take index of releases before priorities, replaced by the three above
DROP INDEX IF EXISTS ${name}_due ON ${table};
