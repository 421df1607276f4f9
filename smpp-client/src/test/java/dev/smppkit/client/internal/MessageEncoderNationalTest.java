package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.SubmissionOptions;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.pdu.BaseSm;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.text.NationalLanguage;
import dev.smppkit.codec.text.NationalLanguages;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The submission options' national languages and GSM packing reach the submit_sm PDUs. */
class MessageEncoderNationalTest {
    private static final String TURKISH =
            "Günaydın! Bugün İstanbul'da hava çok güzel, ağaçlar yeşil. Akşam Şişli'de buluşalım mı?";

    private static OutboundMessage message(String text) {
        return OutboundMessage.builder()
                .from(Address.alphanumeric("ACME"))
                .to(Address.international("905321234567"))
                .text(text)
                .build();
    }

    @Test
    void byDefaultTurkishTextGoesInUcs2() {
        List<BaseSm<?>> pdus = new MessageEncoder(SubmissionOptions.defaults()).encode(message(TURKISH));

        assertThat(pdus).hasSize(2);
        assertThat(pdus.get(0).dataCoding()).isEqualTo(DataCoding.UCS2);
    }

    @Test
    void allowedTurkishTablesSaveASegment() {
        SubmissionOptions options = SubmissionOptions.builder()
                .nationalLanguages(NationalLanguages.allow(NationalLanguage.TURKISH))
                .build();

        List<BaseSm<?>> pdus = new MessageEncoder(options).encode(message(TURKISH));

        assertThat(pdus).hasSize(1);
        SubmitSm pdu = (SubmitSm) pdus.get(0);
        assertThat(pdu.dataCoding()).isEqualTo(DataCoding.SMSC_DEFAULT);
        assertThat(pdu.esmClass().value() & 0x40).isEqualTo(0x40); // UDHI: the shift IE is in a UDH
        assertThat(HexFormat.of().formatHex(pdu.shortMessage(), 0, 4)).isEqualTo("03240101"); // single shift, Turkish
    }

    @Test
    void packedGsmIsSentWhenAsked() {
        SubmissionOptions options = SubmissionOptions.builder().packGsm(true).build();

        SubmitSm pdu = (SubmitSm)
                new MessageEncoder(options).encode(message("hellohello")).get(0);

        // 10 septets in 9 octets: 'h' 0x68 and 'e' 0x65 packed LSB first give E8 32
        assertThat(pdu.shortMessage()).hasSize(9);
        assertThat(HexFormat.of().formatHex(pdu.shortMessage(), 0, 2)).isEqualTo("e832");
    }

    @Test
    void optionsValidateAndCompareTheNewFields() {
        assertThatThrownBy(() -> SubmissionOptions.builder().nationalLanguages(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("nationalLanguages");
        SubmissionOptions a = SubmissionOptions.builder()
                .nationalLanguages(NationalLanguages.allow(NationalLanguage.SPANISH))
                .packGsm(true)
                .build();
        assertThat(a.mutate().build()).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(a).isNotEqualTo(SubmissionOptions.defaults());
        assertThat(a.toString()).contains("SPANISH").contains("packGsm=true");
        assertThat(SubmissionOptions.defaults().nationalLanguages().isEmpty()).isTrue();
    }
}
