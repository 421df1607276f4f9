package dev.smppkit.codec.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.internal.text.GsmAlphabet;
import dev.smppkit.codec.internal.text.GsmTables;
import org.junit.jupiter.api.Test;

/** Known code points of the 23.038 annex A tables, checked one by one against the spec's layout. */
class NationalTablesTest {
    private static final int ESC = GsmTables.EXTENDED;

    private static final GsmAlphabet TURKISH_LOCKING = GsmAlphabet.of(1, 0);
    private static final GsmAlphabet TURKISH_SINGLE = GsmAlphabet.of(0, 1);
    private static final GsmAlphabet SPANISH_SINGLE = GsmAlphabet.of(0, 2);
    private static final GsmAlphabet PORTUGUESE_LOCKING = GsmAlphabet.of(3, 0);
    private static final GsmAlphabet PORTUGUESE_SINGLE = GsmAlphabet.of(0, 3);

    @Test
    void turkishLockingShiftReplacesEightDefaultLetters() {
        // A.3.1: è ì Ø ø Æ æ ¡ ¿ of the default table become € ı Ğ ğ Ş ş İ ç
        assertThat(TURKISH_LOCKING.lookup('€')).isEqualTo(0x04);
        assertThat(TURKISH_LOCKING.lookup('ı')).isEqualTo(0x07);
        assertThat(TURKISH_LOCKING.lookup('Ğ')).isEqualTo(0x0B);
        assertThat(TURKISH_LOCKING.lookup('ğ')).isEqualTo(0x0C);
        assertThat(TURKISH_LOCKING.lookup('Ş')).isEqualTo(0x1C);
        assertThat(TURKISH_LOCKING.lookup('ş')).isEqualTo(0x1D);
        assertThat(TURKISH_LOCKING.lookup('İ')).isEqualTo(0x40);
        assertThat(TURKISH_LOCKING.lookup('ç')).isEqualTo(0x60);
        assertThat(TURKISH_LOCKING.lookup('Ç')).isEqualTo(0x09);
        assertThat(TURKISH_LOCKING.lookup('ö')).isEqualTo(0x7C);
        assertThat(TURKISH_LOCKING.lookup('ü')).isEqualTo(0x7E);
        assertThat(TURKISH_LOCKING.lookup('è')).isEqualTo(GsmTables.NONE);
        assertThat(TURKISH_LOCKING.lookup('¿')).isEqualTo(GsmTables.NONE);
        // the default extension table still applies
        assertThat(TURKISH_LOCKING.lookup('{')).isEqualTo(ESC | 0x28);
    }

    @Test
    void turkishSingleShiftAddsLettersToTheExtensionTable() {
        assertThat(TURKISH_SINGLE.lookup('Ğ')).isEqualTo(ESC | 0x47);
        assertThat(TURKISH_SINGLE.lookup('İ')).isEqualTo(ESC | 0x49);
        assertThat(TURKISH_SINGLE.lookup('Ş')).isEqualTo(ESC | 0x53);
        assertThat(TURKISH_SINGLE.lookup('ç')).isEqualTo(ESC | 0x63);
        assertThat(TURKISH_SINGLE.lookup('ğ')).isEqualTo(ESC | 0x67);
        assertThat(TURKISH_SINGLE.lookup('ı')).isEqualTo(ESC | 0x69);
        assertThat(TURKISH_SINGLE.lookup('ş')).isEqualTo(ESC | 0x73);
        assertThat(TURKISH_SINGLE.lookup('€')).isEqualTo(ESC | 0x65);
        assertThat(TURKISH_SINGLE.lookup('è')).isEqualTo(0x04); // the default table is the basic one
    }

    @Test
    void bothTurkishTablesPreferTheOneSeptetCode() {
        GsmAlphabet both = GsmAlphabet.of(1, 1);
        assertThat(both.lookup('ç')).isEqualTo(0x60);
        assertThat(both.lookup('€')).isEqualTo(0x04);
        assertThat(both.extension(0x63)).isEqualTo('ç');
    }

    @Test
    void spanishSingleShiftCarriesAcuteVowelsAndCedilla() {
        assertThat(SPANISH_SINGLE.lookup('ç')).isEqualTo(ESC | 0x09);
        assertThat(SPANISH_SINGLE.lookup('Á')).isEqualTo(ESC | 0x41);
        assertThat(SPANISH_SINGLE.lookup('Í')).isEqualTo(ESC | 0x49);
        assertThat(SPANISH_SINGLE.lookup('Ó')).isEqualTo(ESC | 0x4F);
        assertThat(SPANISH_SINGLE.lookup('Ú')).isEqualTo(ESC | 0x55);
        assertThat(SPANISH_SINGLE.lookup('á')).isEqualTo(ESC | 0x61);
        assertThat(SPANISH_SINGLE.lookup('í')).isEqualTo(ESC | 0x69);
        assertThat(SPANISH_SINGLE.lookup('ó')).isEqualTo(ESC | 0x6F);
        assertThat(SPANISH_SINGLE.lookup('ú')).isEqualTo(ESC | 0x75);
        assertThat(SPANISH_SINGLE.lookup('ñ')).isEqualTo(0x7D); // already in the default alphabet
        assertThat(SPANISH_SINGLE.lookup('é')).isEqualTo(0x05);
    }

    @Test
    void spanishHasNoLockingShift() {
        assertThat(GsmAlphabet.of(2, 0)).isNull();
        assertThat(NationalLanguage.SPANISH.hasLockingShift()).isFalse();
    }

    @Test
    void portugueseLockingShiftCarriesItsAccentedLetters() {
        assertThat(PORTUGUESE_LOCKING.lookup('ê')).isEqualTo(0x04);
        assertThat(PORTUGUESE_LOCKING.lookup('ú')).isEqualTo(0x06);
        assertThat(PORTUGUESE_LOCKING.lookup('í')).isEqualTo(0x07);
        assertThat(PORTUGUESE_LOCKING.lookup('ó')).isEqualTo(0x08);
        assertThat(PORTUGUESE_LOCKING.lookup('ç')).isEqualTo(0x09);
        assertThat(PORTUGUESE_LOCKING.lookup('Ô')).isEqualTo(0x0B);
        assertThat(PORTUGUESE_LOCKING.lookup('á')).isEqualTo(0x0F);
        assertThat(PORTUGUESE_LOCKING.lookup('ª')).isEqualTo(0x12);
        assertThat(PORTUGUESE_LOCKING.lookup('∞')).isEqualTo(0x15);
        assertThat(PORTUGUESE_LOCKING.lookup('€')).isEqualTo(0x18);
        assertThat(PORTUGUESE_LOCKING.lookup('º')).isEqualTo(0x24);
        assertThat(PORTUGUESE_LOCKING.lookup('Í')).isEqualTo(0x40);
        assertThat(PORTUGUESE_LOCKING.lookup('Ã')).isEqualTo(0x5B);
        assertThat(PORTUGUESE_LOCKING.lookup('Õ')).isEqualTo(0x5C);
        assertThat(PORTUGUESE_LOCKING.lookup('~')).isEqualTo(0x60);
        assertThat(PORTUGUESE_LOCKING.lookup('ã')).isEqualTo(0x7B);
        assertThat(PORTUGUESE_LOCKING.lookup('õ')).isEqualTo(0x7C);
        assertThat(PORTUGUESE_LOCKING.lookup('`')).isEqualTo(0x7D);
        assertThat(PORTUGUESE_LOCKING.lookup('Φ')).isEqualTo(GsmTables.NONE); // dropped for ª
    }

    @Test
    void portugueseSingleShiftCarriesTheGreekLettersItsLockingTableDrops() {
        assertThat(PORTUGUESE_SINGLE.lookup('ê')).isEqualTo(ESC | 0x05);
        assertThat(PORTUGUESE_SINGLE.lookup('ã')).isEqualTo(ESC | 0x7B);
        assertThat(PORTUGUESE_SINGLE.lookup('õ')).isEqualTo(ESC | 0x7C);
        assertThat(PORTUGUESE_SINGLE.lookup('â')).isEqualTo(ESC | 0x7F);
        assertThat(PORTUGUESE_SINGLE.lookup('À')).isEqualTo(ESC | 0x41);
        GsmAlphabet both = GsmAlphabet.of(3, 3);
        assertThat(both.lookup('Φ')).isEqualTo(ESC | 0x12);
        assertThat(both.lookup('Θ')).isEqualTo(ESC | 0x19);
        assertThat(both.lookup('ã')).isEqualTo(0x7B);
    }

    @Test
    void decodingAnUndefinedExtensionCodeShowsTheLockingTableCharacter() {
        assertThat(PORTUGUESE_LOCKING.extension(0x04)).isEqualTo('ê');
        assertThat(TURKISH_LOCKING.extension(0x1B)).isEqualTo(' ');
    }

    @Test
    void everyTableCarriesItsBasicCharactersPlusTheExtensionsNotAlreadyBasic() {
        // the default table has 127 characters besides ESC and 10 in its extension table
        assertThat(GsmAlphabet.DEFAULT.characters()).hasSize(127 + 10);
        assertThat(TURKISH_LOCKING.characters()).hasSize(127 + 9); // its € is basic, so ESC 0x65 is never written
        assertThat(TURKISH_SINGLE.characters()).hasSize(127 + 10 + 7);
        assertThat(SPANISH_SINGLE.characters()).hasSize(127 + 10 + 9);
        assertThat(PORTUGUESE_SINGLE.characters()).hasSize(127 + 10 + 27 - 7); // its Greek letters are basic already
        // the locking table has ^ \ € | ~ itself, and of the single shift's extras only the 7 Greek capitals
        assertThat(GsmAlphabet.of(3, 3).characters()).hasSize(127 + 5 + 7);
    }

    @Test
    void identifiersFollow23038() {
        assertThat(NationalLanguage.byId(1)).isEqualTo(NationalLanguage.TURKISH);
        assertThat(NationalLanguage.byId(2)).isEqualTo(NationalLanguage.SPANISH);
        assertThat(NationalLanguage.byId(3)).isEqualTo(NationalLanguage.PORTUGUESE);
        assertThat(NationalLanguage.byId(0)).isNull();
        assertThat(NationalLanguage.byId(13)).isNull();
    }
}
