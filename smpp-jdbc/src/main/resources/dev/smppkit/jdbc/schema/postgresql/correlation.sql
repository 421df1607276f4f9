-- smppkit JDBC correlator: SMSC message ids of accepted segments (PostgreSQL 9.5+). ${table} is the configured table
-- name, ${name} its unqualified part (index names). Idempotent.
CREATE TABLE IF NOT EXISTS ${table} (
    -- the SMSC account the segment was sent on, and the message_id the SMSC gave it
    system_id      VARCHAR(16)  NOT NULL,
    message_id     VARCHAR(65)  NOT NULL,
    -- the parent message: the broker's id; every segment of a split message has the same
    broker_id      VARCHAR(64)  NOT NULL,
    tracking_id    VARCHAR(255),
    -- the user's extra data, a JSON object
    extra          JSONB,
    segment        INTEGER      NOT NULL,
    total_segments INTEGER      NOT NULL,
    destination    VARCHAR(65),
    submitted_at   TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (system_id, message_id)
);
CREATE INDEX IF NOT EXISTS ${name}_broker ON ${table} (broker_id);
CREATE INDEX IF NOT EXISTS ${name}_expiry ON ${table} (expires_at);
