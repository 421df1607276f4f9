package dev.smppkit.client;

/** How each session binds. */
public enum BindMode {
    /** bind_transmitter: submit only; receipts and MO messages need a receiver elsewhere. */
    TRANSMITTER,
    /** bind_receiver: receive receipts and MO messages only; nothing is taken from the broker. */
    RECEIVER,
    /** bind_transceiver: both on one connection (SMPP 3.4). */
    TRANSCEIVER,
    /** A transmitter and a receiver connection per session, for SMSCs that do not support transceiver binds. */
    TRANSMITTER_AND_RECEIVER
}
