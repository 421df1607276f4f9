-- smppkit JDBC inbox: incoming deliver_sm/data_sm until the hook has seen them (MariaDB 10.6+, InnoDB). ${table} is
-- the configured table name, ${name} its unqualified part (index names). Times are UTC. Idempotent.
CREATE TABLE IF NOT EXISTS ${table} (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- the ESME (account) it arrived on: each client takes only its own
    account        VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    -- segments of one long message share it (account, originator, reference, total); NULL for a whole PDU
    group_key      VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    segment        INT          NOT NULL,
    total_segments INT          NOT NULL,
    -- the PDU as received, header included
    pdu            MEDIUMBLOB   NOT NULL,
    created_at     DATETIME(3)  NOT NULL,
    -- who holds it (a token per take) and until when; free when lease_until is NULL or past
    lease_owner    VARCHAR(160) NULL,
    lease_until    DATETIME(3)  NULL,
    INDEX ${name}_group (account, group_key),
    INDEX ${name}_owner (lease_owner)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
