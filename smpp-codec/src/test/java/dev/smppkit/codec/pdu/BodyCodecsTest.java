package dev.smppkit.codec.pdu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The codec table has an entry for every 3.4 command and every PDU type, so none silently encodes as a header. */
class BodyCodecsTest {
    @Test
    void everyCommandIdConstantHasABodyCodec() throws IllegalAccessException {
        List<CommandId> ids = commandIdConstants();
        assertThat(ids).hasSize(27); // Table 5-1 of SMPP 3.4
        for (CommandId id : ids) {
            assertThat(BodyCodecs.registered(id.value())).as(id.name()).isNotNull();
        }
    }

    @Test
    void everyConcretePduTypeHasABodyCodec() throws Exception {
        Set<Class<?>> covered = new HashSet<>();
        covered.add(UnknownPduCodec.INSTANCE.type());
        for (CommandId id : commandIdConstants()) {
            covered.add(BodyCodecs.registered(id.value()).type());
        }
        List<Class<?>> pduTypes = concretePduTypes();
        assertThat(pduTypes).contains(SubmitSm.class, GenericNack.class, UnknownPdu.class);
        assertThat(covered).containsAll(pduTypes);
    }

    @Test
    void idsOutsideSmpp34HaveNoEntryAndDoNotAliasOne() {
        assertThat(BodyCodecs.registered(0x00000204)).isNull(); // submit_sm's low bits plus bit 9
        assertThat(BodyCodecs.registered(0x40000004)).isNull(); // submit_sm's low bits plus bit 30
        assertThat(BodyCodecs.registered(0x00010204)).isNull(); // a vendor id
        assertThat(BodyCodecs.registered(0x80000104)).isNull(); // no command 0x104
        assertThat(BodyCodecs.forDecoding(0x00000204)).isSameAs(UnknownPduCodec.INSTANCE);
    }

    @Test
    void anUnknownPduEncodesItsRawBodyEvenWithAKnownId() {
        UnknownPdu pdu = UnknownPdu.of(CommandId.SUBMIT_SM.value(), CommandStatus.ESME_ROK, new byte[3]);
        assertThat(BodyCodecs.forEncoding(pdu)).isSameAs(UnknownPduCodec.INSTANCE);
        assertThat(PduCodec.encodedLength(pdu)).isEqualTo(PduCodec.HEADER_LENGTH + 3);
    }

    private static List<CommandId> commandIdConstants() throws IllegalAccessException {
        List<CommandId> ids = new ArrayList<>();
        for (Field f : CommandId.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == CommandId.class) {
                ids.add((CommandId) f.get(null));
            }
        }
        return ids;
    }

    /** The non-abstract subclasses of {@link Pdu} in its package, found among the compiled classes. */
    private static List<Class<?>> concretePduTypes() throws URISyntaxException, ClassNotFoundException {
        File dir = new File(Pdu.class.getResource("Pdu.class").toURI()).getParentFile();
        List<Class<?>> types = new ArrayList<>();
        for (String name : dir.list()) {
            if (!name.endsWith(".class")) {
                continue;
            }
            Class<?> c = Class.forName(Pdu.class.getPackageName() + "." + name.substring(0, name.length() - 6));
            if (Pdu.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers())) {
                types.add(c);
            }
        }
        return types;
    }
}
