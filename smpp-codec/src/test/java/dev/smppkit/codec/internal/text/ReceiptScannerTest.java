package dev.smppkit.codec.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The label scan's edges, each as the regular expression it replaced read them ({@code (?<![^\s])(submit[\s_]?date|
 * done[\s_]?date|[a-z][a-z0-9_]*)[ \t]*:}, case-insensitive, ASCII only).
 */
class ReceiptScannerTest {
    private static void assertScan(String text, Map<String, String> fields, List<String> strays) {
        ReceiptScanner.Scan scan = ReceiptScanner.scan(text);
        assertThat(scan.fields()).isEqualTo(fields);
        assertThat(scan.strays()).isEqualTo(strays);
        fields.forEach((label, value) -> assertThat(scan.get(label)).isEqualTo(value));
    }

    @Test
    void twoBlanksInADateLabelLeaveOnlyDateAsTheLabel() {
        assertScan(
                "id:1 submit  date:2601011200 stat:DELIVRD",
                Map.of("id", "1", "date", "2601011200", "stat", "DELIVRD"),
                List.of("submit"));
    }

    @Test
    void labelsInAnyCaseWithBlanksBeforeTheColonAndDateLabelsWithUnderscoreOrNothing() {
        assertScan(
                "ID :7 Stat\t:delivrd Submit_Date:2601011200 donedate:2601011201",
                Map.of("id", "7", "stat", "delivrd", "submit date", "2601011200", "done date", "2601011201"),
                List.of());
    }

    @Test
    void onlyAsciiLettersFoldCase() { // long s and dotless i upper-case to S and I, but are not labels
        assertScan(
                "ſubmit date:1 ıd:2 id:3 stat:X",
                Map.of("date", "1", "id", "3", "stat", "X"),
                List.of("ſubmit", "ıd:2"));
    }

    @Test
    void textRunsToTheNextKnownLabelNotSeenYet() {
        assertScan(
                "id:1 stat:DELIVRD text:a b: c id:9 err:0",
                Map.of("id", "1", "stat", "DELIVRD", "text", "a b: c id:9", "err", "0"),
                List.of());
    }

    @Test
    void labelsStartWithALetterAndTheFirstOccurrenceWins() {
        assertScan(
                "id:1 DELIVRD x:1 y 9a:2 _z:3 id:4",
                Map.of("id", "1", "x", "1"),
                List.of("DELIVRD", "y", "9a:2", "_z:3", "4"));
    }

    @Test
    void manyLabelsAreFoundByHashAlike() {
        StringBuilder text = new StringBuilder("id:1 ");
        for (int i = 0; i < 40; i++) {
            text.append('l').append(i).append(":v").append(i).append(' ');
        }
        ReceiptScanner.Scan scan =
                ReceiptScanner.scan(text.append("l3:again stat:DELIVRD").toString());
        assertThat(scan.fields()).hasSize(42).containsEntry("l39", "v39").containsEntry("l3", "v3");
        assertThat(scan.get("stat")).isEqualTo("DELIVRD");
        assertThat(scan.strays()).containsExactly("again");
    }
}
