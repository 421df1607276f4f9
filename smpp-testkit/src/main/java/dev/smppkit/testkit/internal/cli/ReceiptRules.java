package dev.smppkit.testkit.internal.cli;

import dev.smppkit.codec.MessageState;
import dev.smppkit.testkit.ReceiptPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The receipt options as written on the command line: {@code STATE[:ERROR]} and {@code REGEX=STATE[:ERROR]}. */
final class ReceiptRules {
    private ReceiptRules() {}

    /**
     * @throws IllegalArgumentException naming the option and the value, on one line
     */
    static ReceiptPolicy policy(Duration delay, String fallback, List<String> rules) {
        ReceiptPolicy.Builder receipts = ReceiptPolicy.builder().delay(delay);
        ReceiptPolicy.Outcome otherwise = outcome("--receipt-state", fallback);
        receipts.defaultState(otherwise.state(), otherwise.errorCode());
        rules.forEach(rule -> addRule(receipts, rule));
        return receipts.build();
    }

    /** Parses {@code REGEX=STATE[:ERROR]}; the regex may itself contain '=' (the last one separates). */
    static void addRule(ReceiptPolicy.Builder receipts, String rule) {
        int eq = rule.lastIndexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("--receipt-rule '" + rule + "' must be REGEX=STATE[:ERROR]");
        }
        ReceiptPolicy.Outcome o = outcome("--receipt-rule '" + rule + "'", rule.substring(eq + 1));
        try {
            receipts.rule(rule.substring(0, eq), o.state(), o.errorCode());
        } catch (IllegalArgumentException e) { // PatternSyntaxException too, whose message has several lines
            throw new IllegalArgumentException(
                    "--receipt-rule '" + rule + "': " + e.getMessage().replaceAll("\\R", " "), e);
        }
    }

    private static ReceiptPolicy.Outcome outcome(String what, String text) {
        int colon = text.indexOf(':');
        String state = (colon < 0 ? text : text.substring(0, colon)).trim().toUpperCase(Locale.ROOT);
        try {
            int error =
                    colon < 0 ? 0 : Integer.parseInt(text.substring(colon + 1).trim());
            return new ReceiptPolicy.Outcome(MessageState.valueOf(state), error); // checks: a final state, 0-255
        } catch (IllegalArgumentException e) { // NumberFormatException too
            throw new IllegalArgumentException(what + ": '" + text + "' is not STATE[:ERROR] with a final state"
                    + " (e.g. DELIVERED, UNDELIVERABLE:1, EXPIRED)");
        }
    }
}
