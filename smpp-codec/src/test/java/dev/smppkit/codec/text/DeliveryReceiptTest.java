package dev.smppkit.codec.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.pdu.NetworkErrorCode;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliveryReceiptTest {

    @Test
    void aTextThatIsNotAReceiptIsAClearErrorCarryingTheRawText() {
        assertThatThrownBy(() -> DeliveryReceipt.parse("Hello, see you at 10:30"))
                .isInstanceOf(ReceiptParseException.class)
                .hasMessage("cannot parse delivery receipt: no id field; raw receipt: \"Hello, see you at 10:30\"")
                .satisfies(e -> assertThat(((ReceiptParseException) e).raw()).isEqualTo("Hello, see you at 10:30"));
        assertThatThrownBy(() -> DeliveryReceipt.parse("id:42 sub:001 err:000"))
                .isInstanceOf(ReceiptParseException.class)
                .hasMessageContaining("no stat field")
                .hasMessageContaining("id:42 sub:001 err:000");
        assertThatThrownBy(() -> DeliveryReceipt.parse(""))
                .hasMessageContaining("no receipt text and no receipted_message_id TLV");
        assertThat(DeliveryReceipt.tryParse("stat:DELIVRD")).isEmpty();
        assertThat(DeliveryReceipt.tryParse("id:1 stat:DELIVRD")).isPresent();
    }

    @Test
    void tlvsWinOverTheTextForIdAndState() {
        // the text's id is decimal, the TLV's is the hex id that submit_sm_resp returned (telenordigital/sms-smpp#153)
        DeliveryReceipt r = DeliveryReceipt.from(
                "id:305808747 sub:001 dlvrd:001 submit date:2401011200 done date:2401011201 stat:DELIVRD err:000 text:",
                "123A456B",
                MessageState.DELIVERED,
                null);
        assertThat(r.id()).isEqualTo("123A456B");
        assertThat(r.textId()).contains("305808747");
        assertThat(r.receiptedMessageId()).contains("123A456B");
        assertThat(r.stat()).isEqualTo(ReceiptStat.DELIVRD);
        assertThat(r.messageState()).contains(MessageState.DELIVERED);
        assertThat(r.matchesMessageId("123a456b")).isTrue();
    }

    @Test
    void tlvsRescueAReceiptWhoseTextIsUnusable() {
        DeliveryReceipt r = DeliveryReceipt.from("Message delivered", "abc", MessageState.UNDELIVERABLE, null);
        assertThat(r.id()).isEqualTo("abc");
        assertThat(r.stat()).isEqualTo(ReceiptStat.UNDELIV);
        assertThat(r.rawStat()).isEqualTo("UNDELIV");
        assertThat(r.raw()).isEqualTo("Message delivered");
        // a text receipt without stat takes it from message_state
        DeliveryReceipt noStat = DeliveryReceipt.from("id:9 err:000", null, MessageState.EXPIRED, null);
        assertThat(noStat.stat()).isEqualTo(ReceiptStat.EXPIRED);
        assertThatThrownBy(() -> DeliveryReceipt.fromTlvs("abc", null, null))
                .hasMessageContaining("no message_state TLV");
        assertThatThrownBy(() -> DeliveryReceipt.fromTlvs("", MessageState.DELIVERED, null))
                .hasMessageContaining("no receipted_message_id TLV");
    }

    @Test
    void keepsAnUnrecognisedStatRawAndAcceptsLongStateNames() {
        DeliveryReceipt r = DeliveryReceipt.parse("id:1 stat:FAILED err:xyz");
        assertThat(r.stat()).isEqualTo(ReceiptStat.UNRECOGNIZED);
        assertThat(r.rawStat()).isEqualTo("FAILED");
        assertThat(r.messageState()).isEmpty();
        assertThat(r.errorCode()).isEmpty();
        assertThat(DeliveryReceipt.parse("id:1 stat:delivered").stat()).isEqualTo(ReceiptStat.DELIVRD);
        assertThat(DeliveryReceipt.parse("id:1 stat:SKIPPED").stat().isFinal()).isTrue();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
        // ambiguous alone: YYMMDDhhmmss wins (2020-12-01 02:15:30)
        "201201021530, 201201021531, 2020-12-01T02:15:30, 2020-12-01T02:15:31",
        // the done date can only be yyyyMMddHHmm (hour 25 is invalid), so the submit date is read that way too
        "201201021530, 201201251530, 2012-01-02T15:30, 2012-01-25T15:30",
        // invalid in both readings: absent, the raw value stays in fields()
        "209913451530, 2401011200, , 2024-01-01T12:00",
        // 11 digits are not a date format
        "24010112001, 2401011200, , 2024-01-01T12:00",
    })
    void resolvesTwelveDigitDatesPerReceipt(String submit, String done, LocalDateTime submitAt, LocalDateTime doneAt) {
        DeliveryReceipt r =
                DeliveryReceipt.parse("id:1 submit date:" + submit + " done date:" + done + " stat:DELIVRD");
        assertThat(r.submitDate().orElse(null)).isEqualTo(submitAt);
        assertThat(r.doneDate().orElse(null)).isEqualTo(doneAt);
        assertThat(r.fields()).containsEntry("submit date", submit);
    }

    @Test
    void toleratesBlanksNulsAndLineBreaks() {
        DeliveryReceipt r = DeliveryReceipt.parse("id: 7 sub:001 dlvrd:001 submit date:2401011200 done\n"
                + "date:2401011201 stat: DELIVRD err: 0 text:none                \0");
        assertThat(r.id()).isEqualTo("7");
        assertThat(r.doneDate()).contains(LocalDateTime.of(2024, 1, 1, 12, 1));
        assertThat(r.errorCode()).hasValue(0);
        assertThat(r.text()).contains("none");
    }

    @Test
    void formatsTheAppendixBForm() {
        DeliveryReceipt r = DeliveryReceipt.builder()
                .id("abc123")
                .sub(1)
                .dlvrd(1)
                .submitDate(LocalDateTime.of(2024, 3, 5, 10, 20, 30))
                .doneDate(LocalDateTime.of(2024, 3, 5, 10, 21, 45))
                .stat(ReceiptStat.DELIVRD)
                .err(0)
                .text("Hello world")
                .build();
        assertThat(r.format())
                .isEqualTo("id:abc123 sub:001 dlvrd:001 submit date:2403051020 done date:2403051021 stat:DELIVRD"
                        + " err:000 text:Hello world");
        assertThat(r.format(true)).contains("submit date:240305102030 done date:240305102145");
        assertThat(DeliveryReceipt.parse(r.format(true))).isEqualTo(r);
        assertThat(DeliveryReceipt.builder().id("9").stat("ACCEPTD").build().format())
                .isEqualTo("id:9 stat:ACCEPTD");
    }

    @Test
    void builderNamesTheFieldAndTheLimit() {
        assertThatThrownBy(() -> DeliveryReceipt.builder().id("a b"))
                .hasMessage("id is \"a b\"; must be non-empty without blanks");
        assertThatThrownBy(() -> DeliveryReceipt.builder().sub(-1)).hasMessage("sub is -1; must be at least 0");
        assertThatThrownBy(() -> DeliveryReceipt.builder().err(1000))
                .hasMessageContaining("err is 1000; must be 0-999");
        assertThatThrownBy(() -> DeliveryReceipt.builder().submitDate(LocalDateTime.of(1999, 1, 1, 0, 0)))
                .hasMessageContaining("submitDate is 1999-01-01T00:00; must be in 2000-2099");
        assertThatThrownBy(() -> DeliveryReceipt.builder().stat(ReceiptStat.UNRECOGNIZED))
                .hasMessageContaining("use stat(String)");
        assertThatThrownBy(() ->
                        DeliveryReceipt.builder().stat(ReceiptStat.DELIVRD).build())
                .hasMessage("id is required");
        assertThatThrownBy(() -> DeliveryReceipt.builder().id("1").build()).hasMessage("stat is required");
        assertThatThrownBy(() -> new NetworkErrorCode(3, 70000))
                .hasMessage("network_error_code error is 70000; must be 0-65535");
        assertThatThrownBy(() -> NetworkErrorCode.decode(new byte[2]))
                .hasMessage("network_error_code is 2 octets; must be 3");
    }

    @Test
    void matchesMessageIdsAcrossBasesOnlyWhenUnambiguous() {
        DeliveryReceipt r = DeliveryReceipt.parse("id:10 stat:DELIVRD");
        assertThat(r.matchesMessageId("0010")).isTrue();
        assertThat(r.matchesMessageId("A")).isTrue(); // A hex = 10
        assertThat(r.matchesMessageId("16")).isFalse(); // 10 hex = 16 decimal, but neither side is clearly hex
        assertThat(r.matchesMessageId("11")).isFalse();
        assertThat(DeliveryReceipt.parse("id:ff stat:DELIVRD").matchesMessageId("255"))
                .isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "DELIVRD, DELIVRD", "delivrd, DELIVRD", "EXPIRED, EXPIRED", "DELETED, DELETED", "UNDELIV, UNDELIV",
        "UNDELIVERABLE, UNDELIV", "ACCEPTD, ACCEPTD", "UNKNOWN, UNKNOWN", "REJECTD, REJECTD", "ENROUTE, ENROUTE",
        "SCHEDLD, SCHEDLD", "SKIPPED, SKIPPED", "DELIVERD, UNRECOGNIZED", "'', UNRECOGNIZED",
    })
    void parsesStatValues(String raw, ReceiptStat stat) {
        assertThat(ReceiptStat.parse(raw)).isEqualTo(stat);
    }

    @Test
    void statAndMessageStateMapBothWays() {
        for (MessageState state : MessageState.values()) {
            assertThat(ReceiptStat.of(state).messageState()).contains(state);
        }
    }
}
