-- smppkit JDBC broker: the outbox (MariaDB 10.6+, InnoDB). ${table} is the configured table name, ${name} its
-- unqualified part (index names). Times are UTC. Idempotent.
CREATE TABLE IF NOT EXISTS ${table} (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- queued, in_flight, accepted, rejected, failed, expired
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
    -- what take() scans: due rows in order (final rows have available_at NULL and sort first, outside the range)
    INDEX ${name}_due (available_at, id),
    INDEX ${name}_tracking (tracking_id),
    INDEX ${name}_completed (completed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
-- added after the first release: tables created before get the column here (MariaDB 10.0.2+; MySQL 8 has no
-- IF NOT EXISTS on columns: there, add it by hand once)
ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS account VARCHAR(64) NULL;
