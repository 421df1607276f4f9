/**
 * Helpers shared by the codec and the other smppkit modules: argument checks ({@link
 * dev.smppkit.codec.internal.Fields}), field readers and writers ({@link dev.smppkit.codec.internal.FrameReader},
 * {@link dev.smppkit.codec.internal.Wire}) and the in-flight request table ({@link
 * dev.smppkit.codec.internal.SequenceRing}).
 *
 * <p>Not API: exported only to {@code dev.smppkit.client} and {@code dev.smppkit.testkit}, and free to change in any
 * release.
 */
package dev.smppkit.codec.internal;
