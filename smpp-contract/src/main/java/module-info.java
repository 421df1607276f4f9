/**
 * Contract tests for smppkit's SPIs: {@code dev.smppkit.contract.BrokerContract} and
 * {@code dev.smppkit.contract.CorrelatorContract} are abstract JUnit 5 test classes that a custom implementation's test
 * extends with a factory method, so that it runs the same checks as the shipped in-memory and JDBC implementations.
 */
module dev.smppkit.contract {
    requires transitive dev.smppkit.client;
    requires transitive org.junit.jupiter.api;

    exports dev.smppkit.contract;
    // JUnit instantiates the user's subclasses and calls the inherited test methods reflectively.
    opens dev.smppkit.contract to
            org.junit.platform.commons;
}
