package dev.smppkit.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class MessageIdsTest {
    @Test
    void hexWithALetterGivesItsOtherCaseThenDecimal() {
        assertThat(MessageIds.alternatives("1a2b", null)).containsExactly("1A2B", "6699");
        assertThat(MessageIds.alternatives("FF", null)).containsExactly("ff", "255");
        assertThat(MessageIds.alternatives("0x1", null)).as("not hex: 'x'").isEmpty();
    }

    @Test
    void decimalGivesHexInBothCases() {
        assertThat(MessageIds.alternatives("6699", null)).containsExactly("1A2B", "1a2b");
        assertThat(MessageIds.alternatives("255", null)).containsExactly("FF", "ff");
        assertThat(MessageIds.alternatives("0", null))
                .as("the id itself is never repeated")
                .isEmpty();
    }

    @Test
    void aDecimalIdWhoseHexHasNoLetterHasNoHexSpelling() {
        // 5121 is 0x1401: at an SMSC that numbers in decimal, "1401" is another message's id
        assertThat(MessageIds.alternatives("5121", null)).isEmpty();
        assertThat(MessageIds.alternatives("0000005121", null)).isEmpty();
        assertThat(MessageIds.lookupKeys("0000005121", null)).containsExactly("5121", "0000005121");
        assertThat(MessageIds.alternatives("5122", "5121")).containsExactly("5121");
    }

    @Test
    void longIdsBeyondALongStillConvert() {
        String decimal = "123456789012345678901234567890"; // 30 digits, more than a long holds
        String hex = new BigInteger(decimal).toString(16);

        assertThat(MessageIds.alternatives(decimal, null)).contains(hex, hex.toUpperCase());
        assertThat(MessageIds.alternatives(hex, null)).contains(decimal);
    }

    @Test
    void aDifferentTextIdComesFirst() {
        assertThat(MessageIds.alternatives("1a2b", "12345")).startsWith("12345").contains("6699");
        assertThat(MessageIds.alternatives("msg-1", "abc")).containsExactly("abc");
    }

    @Test
    void aTextIdThatIsTheSameIdIsNotRepeated() {
        assertThat(MessageIds.alternatives("1a2b", "1a2b")).containsExactly("1A2B", "6699");
        assertThat(MessageIds.alternatives("msg-1", "msg-1")).isEmpty();
    }

    @Test
    void nonNumericEmptyOrOverlongIdsHaveNoAlternative() {
        assertThat(MessageIds.alternatives("msg-1", null)).isEmpty();
        assertThat(MessageIds.alternatives("ghij", null)).isEmpty();
        assertThat(MessageIds.alternatives("", null)).isEmpty();
        assertThat(MessageIds.alternatives("1".repeat(33), null)).isEmpty();
        assertThat(MessageIds.alternatives("1".repeat(32), null)).isNotEmpty();
    }

    @Test
    void keysIgnoreLeadingZerosAndTheCaseOfHexIds() {
        assertThat(MessageIds.key("00B8BE19")).isEqualTo("b8be19").isEqualTo(MessageIds.key("b8be19"));
        assertThat(MessageIds.key("000123")).isEqualTo("123");
        assertThat(MessageIds.key("0000")).as("zero stays a digit").isEqualTo("0");
        assertThat(MessageIds.key(" 0a1\0")).as("blanks and NUL padding go").isEqualTo("a1");
    }

    @Test
    void keysKeepOtherIdsAsTheyAre() {
        assertThat(MessageIds.key("Msg-001")).isEqualTo("Msg-001");
        assertThat(MessageIds.key("aB3xZ")).as("base62: case matters").isEqualTo("aB3xZ");
        assertThat(MessageIds.key("\u0661\u0662"))
                .as("non-ASCII digits are not numbers")
                .isEqualTo("\u0661\u0662");
        assertThat(MessageIds.key("")).isEmpty();
    }

    @Test
    void lookupKeysStartWithTheIdsKeyThenItsOtherBaseThenTheIdAsReceived() {
        assertThat(MessageIds.lookupKeys("00B8BE19", null)).containsExactly("b8be19", "12107289", "00B8BE19");
        assertThat(MessageIds.lookupKeys("12107289", "0012107289"))
                .as("the text id's key is the id's own key: tried once")
                .containsExactly("12107289", "b8be19");
        assertThat(MessageIds.lookupKeys("msg-1", null)).containsExactly("msg-1");
    }
}
