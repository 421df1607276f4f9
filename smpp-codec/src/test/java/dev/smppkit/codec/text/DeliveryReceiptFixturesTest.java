package dev.smppkit.codec.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.pdu.NetworkErrorCode;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Receipts as real SMSCs send them, each from public documentation or a library issue report (cited), with the
 * expected parse. Values in the sources are kept verbatim unless a comment says otherwise.
 */
class DeliveryReceiptFixturesTest {

    @Test
    void appendixBFormWithCapitalTextLabel() {
        // Adobe Campaign "SMS connector protocol and settings": an SR "matching exactly the Appendix B recommendation"
        DeliveryReceipt r = parse("id:1234567890 sub:001 dlvrd:001 submit date:1608011415 done date:1608011417"
                + " stat:DELIVRD err:000 Text:Hello Adobe world");
        expect(r, "1234567890", 1, 1, at(2016, 8, 1, 14, 15, 0), at(2016, 8, 1, 14, 17, 0), ReceiptStat.DELIVRD, "000");
        assertThat(r.errorCode()).hasValue(0);
        assertThat(r.text()).contains("Hello Adobe world");
        assertThat(r.messageState()).contains(MessageState.DELIVERED);
    }

    @Test
    void clickatellHexIdAnd12DigitDatesWithSeconds() {
        // jookies/jasmin#70 (Clickatell): 32-hex-digit id, YYMMDDhhmmss dates, empty text
        DeliveryReceipt r = parse("id:a29f6845555647139e5c8f3b817f2c9a sub:001 dlvrd:001 submit date:141023215253"
                + " done date:141023215259 stat:DELIVRD err:000 text:");
        expect(
                r,
                "a29f6845555647139e5c8f3b817f2c9a",
                1,
                1,
                at(2014, 10, 23, 21, 52, 53),
                at(2014, 10, 23, 21, 52, 59),
                ReceiptStat.DELIVRD,
                "000");
        assertThat(r.text()).contains("");
    }

    @Test
    void uuidIdWithoutSubDlvrdOrTextAndFourDigitYears() {
        // jookies/jasmin#195: UUID id, no sub/dlvrd/text, 12-digit dates that are yyyyMMddHHmm (month 15 is invalid
        // as YYMMDDhhmmss, so 201506201641 is 2015-06-20 16:41)
        DeliveryReceipt r = parse("id:c87c2273-7edb-4bc7-8d3a-7f57f21b625e submit date:201506201641"
                + " done date:201506201641 stat:DELIVRD err:000");
        expect(
                r,
                "c87c2273-7edb-4bc7-8d3a-7f57f21b625e",
                null,
                null,
                at(2015, 6, 20, 16, 41, 0),
                at(2015, 6, 20, 16, 41, 0),
                ReceiptStat.DELIVRD,
                "000");
        assertThat(r.text()).isEmpty();
    }

    @Test
    void yyyyMMddHHmmDatesOfAnExpiredMessage() {
        // jookies/jasmin#753: "The year format should be YY not YYYY" — 201906190720 is 2019-06-19 07:20
        DeliveryReceipt r = parse("id:dbd1d8e8-d2a4-4efe-b508-60761b1ae484 submit date:201906190720"
                + " done date:201906190720 stat:EXPIRED err:030");
        expect(
                r,
                "dbd1d8e8-d2a4-4efe-b508-60761b1ae484",
                null,
                null,
                at(2019, 6, 19, 7, 20, 0),
                at(2019, 6, 19, 7, 20, 0),
                ReceiptStat.EXPIRED,
                "030");
        assertThat(r.errorCode()).hasValue(30);
        assertThat(r.stat().isFinal()).isTrue();
    }

    @Test
    void statWithoutItsLabel() {
        // kneodev/ksmppd#108: the operator's receipt has "DELIVRD" where "stat:DELIVRD" belongs
        DeliveryReceipt r = parse("id:ce5bc5a9-4f7d-4282-9244-2e1022a9335c sub:000 dlvrd:000 submit date:180903120815"
                + " done date:180903120816 DELIVRD err:000 Text:");
        expect(
                r,
                "ce5bc5a9-4f7d-4282-9244-2e1022a9335c",
                0,
                0,
                at(2018, 9, 3, 12, 8, 15),
                at(2018, 9, 3, 12, 8, 16),
                ReceiptStat.DELIVRD,
                "000");
        assertThat(r.rawStat()).isEqualTo("DELIVRD");
    }

    @Test
    void eighteenDigitIdFourDigitErrAndGsmEscapeInTheText() {
        // onlinecity/php-smpp#70: the short_message hex from the report, decoded as GSM 03.38 (data_coding 0);
        // its 1B 65 is the escape sequence for €, which the reporter's Latin-1 view showed as "H\x1bello"
        byte[] shortMessage = HexFormat.of()
                .parseHex("69643a313137303632373134323434373938323631207375623a30303120646c7672643a303031207375"
                        + "626d697420646174653a3137303632373136323420646f6e6520646174653a31373036323731363234207374"
                        + "61743a44454c49565244206572723a3030303020746578743a481b656c6c6f20776f726c64");
        String text = TextCodec.decode(shortMessage, DataCoding.SMSC_DEFAULT, DataCoding.SMSC_DEFAULT);
        DeliveryReceipt r = parse(text);
        expect(
                r,
                "117062714244798261",
                1,
                1,
                at(2017, 6, 27, 16, 24, 0),
                at(2017, 6, 27, 16, 24, 0),
                ReceiptStat.DELIVRD,
                "0000");
        assertThat(r.errorCode()).hasValue(0);
        assertThat(r.text()).contains("H€llo world");
    }

    @Test
    void noSubOrDlvrd() {
        // opentelecoms-org/jsmpp#62: "they omit two fields ... (sub and dlvrd)"
        DeliveryReceipt r = parse(
                "id:1526758174 submit date:1701240904 done date:1701240904 stat:DELIVRD err:000" + " text:hellow");
        expect(
                r,
                "1526758174",
                null,
                null,
                at(2017, 1, 24, 9, 4, 0),
                at(2017, 1, 24, 9, 4, 0),
                ReceiptStat.DELIVRD,
                "000");
        assertThat(r.text()).contains("hellow");
    }

    @Test
    void noSubDlvrdOrTextAndALeadingZeroInTheId() {
        // uudashr/jsmpp#67: jsmpp threw InvalidDeliveryReceiptException on this body
        DeliveryReceipt r = parse("id:0654354026 submit date:2302101454 done date:2302101454 stat:DELIVRD err:000");
        expect(
                r,
                "0654354026",
                null,
                null,
                at(2023, 2, 10, 14, 54, 0),
                at(2023, 2, 10, 14, 54, 0),
                ReceiptStat.DELIVRD,
                "000");
        assertThat(r.text()).isEmpty();
        assertThat(r.matchesMessageId("654354026")).isTrue();
    }

    @Test
    void hexIdOneDigitCountsAndErrAndSpaceBeforeText() {
        // linxGnu/gosmpp#124
        DeliveryReceipt r = parse("id:123A456B sub:1 dlvrd:1 submit date:1702281424 done date:1702281424"
                + " stat:DELIVRD err:0 text: hello how are you there");
        expect(r, "123A456B", 1, 1, at(2017, 2, 28, 14, 24, 0), at(2017, 2, 28, 14, 24, 0), ReceiptStat.DELIVRD, "0");
        assertThat(r.text()).contains("hello how are you there");
        assertThat(r.matchesMessageId("305808747")).isTrue(); // the same id in decimal
    }

    @Test
    void tenDigitSubmitDateAnd12DigitDoneDateInOneReceipt() {
        // somleng/sms-gateway test/lib/gateways/smpp_delivery_receipt.test.js, "parses delivery receipt from Kannel"
        DeliveryReceipt r = parse("id:5516a151-4970-45b6-b73e-95aefdb11cbf sub:001 dlvrd:001 submit date:2302231414"
                + " done date:230223194211 stat:DELIVRD err:000 text:Hello");
        expect(
                r,
                "5516a151-4970-45b6-b73e-95aefdb11cbf",
                1,
                1,
                at(2023, 2, 23, 14, 14, 0),
                at(2023, 2, 23, 19, 42, 11),
                ReceiptStat.DELIVRD,
                "000");
    }

    @Test
    void intermediateEnrouteReceiptFromAGoipGateway() {
        // somleng/sms-gateway, same test file, "parses sent delivery receipt from GoIP"
        DeliveryReceipt r = parse("id:4791967 sub:0 dlvrd:1 submit date:2302281329 done date:2302281329"
                + " stat:ENROUTE err:0 Text:Hello World from out");
        expect(r, "4791967", 0, 1, at(2023, 2, 28, 13, 29, 0), at(2023, 2, 28, 13, 29, 0), ReceiptStat.ENROUTE, "0");
        assertThat(r.stat().isFinal()).isFalse();
        assertThat(r.messageState()).contains(MessageState.ENROUTE);
        assertThat(r.text()).contains("Hello World from out");
    }

    @Test
    void undeliveredWithSmppErrorCode() {
        // e-com-net.com/article/2299106.htm: a receipt whose err 075 is ESME_RINVDSTNPI
        DeliveryReceipt r = parse("id:0911897980 sub:001 dlvrd:000 submit date:1201121551 done date:1201121551"
                + " stat:UNDELIV err:075 text:-PROFILE");
        expect(
                r,
                "0911897980",
                1,
                0,
                at(2012, 1, 12, 15, 51, 0),
                at(2012, 1, 12, 15, 51, 0),
                ReceiptStat.UNDELIV,
                "075");
        assertThat(r.errorCode()).hasValue(75);
        assertThat(r.text()).contains("-PROFILE");
    }

    @Test
    void sixteenDigitIdAndTextNone() {
        // Nexmo (Vonage) help centre, "How to read a Nexmo SMPP Delivery Receipt"
        DeliveryReceipt r = parse("id:0000000012345678 sub:001 dlvrd:001 submit date:1601010100"
                + " done date:1601010101 stat:DELIVRD err:000 text:none");
        expect(
                r,
                "0000000012345678",
                1,
                1,
                at(2016, 1, 1, 1, 0, 0),
                at(2016, 1, 1, 1, 1, 0),
                ReceiptStat.DELIVRD,
                "000");
        assertThat(r.matchesMessageId("12345678")).isTrue();
        assertThat(r.matchesMessageId("BC614E")).isTrue(); // 12345678 in hex
    }

    @Test
    void nonNumericErr() {
        // twitter-archive/cloudhopper-smpp#40 and PR #42: err is a C-Octet string, not an int ("21b" is the PR's
        // example); the rest of this receipt is illustrative
        DeliveryReceipt r = parse("id:2e4a0e8e sub:001 dlvrd:000 submit date:1310091200 done date:1310091201"
                + " stat:UNDELIV err:21b text:");
        expect(r, "2e4a0e8e", 1, 0, at(2013, 10, 9, 12, 0, 0), at(2013, 10, 9, 12, 1, 0), ReceiptStat.UNDELIV, "21b");
        assertThat(r.errorCode()).isEmpty();
    }

    @Test
    void fourteenDigitDates() {
        // cloudhopper-smpp util/DeliveryReceipt accepts 10, 12 or 14 digits; 14 are yyyyMMddHHmmss (values ours)
        DeliveryReceipt r = parse("id:98765 sub:001 dlvrd:001 submit date:20240131235959"
                + " done date:20240201000005 stat:DELIVRD err:000 text:x");
        expect(r, "98765", 1, 1, at(2024, 1, 31, 23, 59, 59), at(2024, 2, 1, 0, 0, 5), ReceiptStat.DELIVRD, "000");
    }

    @Test
    void extraVendorFieldsInAnyOrderAndCase() {
        // jookies/jasmin#500: "some providers can add more info like: mcc, mnc, price" (values illustrative);
        // Adobe Campaign's SMPP notes: "Field names are case insensitive"
        DeliveryReceipt r = parse("Stat:REJECTD ID:77aa01 mcc:262 mnc:01 Err:1130 price:0.0075"
                + " Submit Date:2402011200 Done Date:2402011201 Sub:001 Dlvrd:000 Text:Promo: 20% off: today");
        expect(r, "77aa01", 1, 0, at(2024, 2, 1, 12, 0, 0), at(2024, 2, 1, 12, 1, 0), ReceiptStat.REJECTD, "1130");
        assertThat(r.fields())
                .containsEntry("mcc", "262")
                .containsEntry("mnc", "01")
                .containsEntry("price", "0.0075");
        assertThat(r.text()).contains("Promo: 20% off: today"); // "off:" inside the text is not a field
    }

    @Test
    void receiptCarriedOnlyInTlvs() {
        // linxGnu/gosmpp#124, Melrose Labs example: receipted_message_id, message_state 2, network_error_code 03 0000
        DeliveryReceipt r = DeliveryReceipt.fromTlvs(
                "3534bce5cd49a0e96e149217386900d98646\0",
                MessageState.DELIVERED,
                NetworkErrorCode.decode(new byte[] {3, 0, 0}));
        assertThat(r.id()).isEqualTo("3534bce5cd49a0e96e149217386900d98646");
        assertThat(r.stat()).isEqualTo(ReceiptStat.DELIVRD);
        assertThat(r.messageState()).contains(MessageState.DELIVERED);
        assertThat(r.networkError()).contains(new NetworkErrorCode(3, 0));
        assertThat(r.raw()).isEmpty();
        assertThat(r.submitDate()).isEmpty();
    }

    private static DeliveryReceipt parse(String raw) {
        DeliveryReceipt r = DeliveryReceipt.parse(raw);
        assertThat(r.raw()).isEqualTo(raw);
        return r;
    }

    private static void expect(
            DeliveryReceipt r,
            String id,
            Integer sub,
            Integer dlvrd,
            LocalDateTime submit,
            LocalDateTime done,
            ReceiptStat stat,
            String err) {
        assertThat(r.id()).as("id").isEqualTo(id);
        assertThat(r.sub()).as("sub").isEqualTo(sub == null ? OptionalInt.empty() : OptionalInt.of(sub));
        assertThat(r.dlvrd()).as("dlvrd").isEqualTo(dlvrd == null ? OptionalInt.empty() : OptionalInt.of(dlvrd));
        assertThat(r.submitDate()).as("submit date").contains(submit);
        assertThat(r.doneDate()).as("done date").contains(done);
        assertThat(r.stat()).as("stat").isEqualTo(stat);
        assertThat(r.err()).as("err").contains(err);
    }

    private static LocalDateTime at(int y, int mo, int d, int h, int mi, int s) {
        return LocalDateTime.of(y, mo, d, h, mi, s);
    }
}
