package dev.smppkit.codec.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** format → parse gives back the same receipt. */
class DeliveryReceiptProperties {

    @Provide
    Arbitrary<DeliveryReceipt> receipts() {
        Arbitrary<String> ids = Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20),
                Arbitraries.strings()
                        .withChars("0123456789abcdefABCDEF")
                        .ofMinLength(1)
                        .ofMaxLength(32),
                Combinators.combine(Arbitraries.longs(), Arbitraries.longs())
                        .as((hi, lo) -> new java.util.UUID(hi, lo).toString()));
        Arbitrary<LocalDateTime> dates = Arbitraries.longs()
                .between(946_684_800L, 4_102_444_799L) // 2000-01-01 .. 2099-12-31
                .map(s -> LocalDateTime.ofEpochSecond(s, 0, java.time.ZoneOffset.UTC));
        Arbitrary<String> texts = Arbitraries.strings()
                .withChars("abcXYZ 0123456789:!?.,-€ßé")
                .ofMaxLength(20)
                .map(String::strip);
        Arbitrary<ReceiptStat> stats = Arbitraries.of(ReceiptStat.class).filter(s -> s != ReceiptStat.UNRECOGNIZED);
        Arbitrary<String> errs = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 999).map(i -> String.format("%03d", i)),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(4));
        return Combinators.combine(
                        ids,
                        Arbitraries.integers().between(0, 999).injectNull(0.2),
                        Arbitraries.integers().between(0, 999).injectNull(0.2),
                        dates.injectNull(0.1),
                        dates.injectNull(0.1),
                        stats,
                        errs.injectNull(0.1),
                        texts.injectNull(0.2))
                .as((id, sub, dlvrd, submit, done, stat, err, text) -> {
                    DeliveryReceiptBuilder b = DeliveryReceipt.builder().id(id).stat(stat);
                    if (sub != null) {
                        b.sub(sub);
                    }
                    if (dlvrd != null) {
                        b.dlvrd(dlvrd);
                    }
                    if (submit != null) {
                        b.submitDate(submit);
                    }
                    if (done != null) {
                        b.doneDate(done);
                    }
                    if (err != null) {
                        b.err(err);
                    }
                    if (text != null) {
                        b.text(text);
                    }
                    return b.build();
                });
    }

    @Property(seed = "3141592", tries = 500)
    void formatWithSecondsThenParseIsIdentity(@ForAll("receipts") DeliveryReceipt receipt) {
        String formatted = receipt.format(true);
        DeliveryReceipt parsed = DeliveryReceipt.parse(formatted);
        assertThat(parsed).isEqualTo(receipt);
        assertThat(parsed.raw()).isEqualTo(formatted);
    }

    @Property(seed = "2718281", tries = 300)
    void formatToTheMinuteThenParseKeepsEverythingButSeconds(@ForAll("receipts") DeliveryReceipt receipt) {
        DeliveryReceipt parsed = DeliveryReceipt.parse(receipt.format());
        assertThat(parsed.id()).isEqualTo(receipt.id());
        assertThat(parsed.stat()).isEqualTo(receipt.stat());
        assertThat(parsed.err()).isEqualTo(receipt.err());
        assertThat(parsed.text()).isEqualTo(receipt.text());
        assertThat(parsed.submitDate()).isEqualTo(receipt.submitDate().map(d -> d.withSecond(0)));
        assertThat(parsed.doneDate()).isEqualTo(receipt.doneDate().map(d -> d.withSecond(0)));
    }
}
