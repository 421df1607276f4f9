/**
 * An embedded, scriptable SMPP 3.4 SMSC simulator for tests: {@link dev.smppkit.testkit.SmscSimulator}, its builder,
 * the handler and fault-injection API, and the JUnit 5 extension {@link dev.smppkit.testkit.SmscSimulatorExtension}.
 */
package dev.smppkit.testkit;
