-- smppkit JDBC correlator: SMSC message ids of accepted segments (MariaDB 10.6+, InnoDB). ${table} is the configured
-- table name, ${name} its unqualified part (index names). Times are UTC. Idempotent.
CREATE TABLE IF NOT EXISTS ${table} (
    -- the SMSC account the segment was sent on, and the message_id the SMSC gave it; binary collation because
    -- message ids are case-sensitive ("a1B" and "A1b" are two messages)
    system_id      VARCHAR(16)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    message_id     VARCHAR(65)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    -- the parent message: the broker's id; every segment of a split message has the same
    broker_id      VARCHAR(64)  NOT NULL,
    tracking_id    VARCHAR(255) NULL,
    -- the user's extra data, a JSON object
    extra          JSON         NULL,
    segment        INT          NOT NULL,
    total_segments INT          NOT NULL,
    destination    VARCHAR(65)  NULL,
    submitted_at   DATETIME(3)  NOT NULL,
    expires_at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (system_id, message_id),
    INDEX ${name}_broker (broker_id),
    INDEX ${name}_expiry (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
