package org.scatterbench.scatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties over generated layouts: what is written is what is read, in every format. */
class LayoutPropertiesTest {

    record Spec(String name, long size) {
    }

    @Provide
    Arbitrary<List<Spec>> layouts() {
        Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').withChars('_').ofMinLength(1)
                .ofMaxLength(12);
        Arbitrary<Long> sizes = Arbitraries.longs().between(1, 1L << 30).map(v -> v * 512);
        return Combinators.combine(names, sizes).as(Spec::new).list().ofMinSize(1).ofMaxSize(40)
                .uniqueElements(Spec::name);
    }

    private static V1Text text(List<Spec> specs) {
        V1Text t = V1Text.create();
        long start = 0;
        for (Spec s : specs) {
            t.part(s.name(), start, s.size(), "");
            start += s.size();
        }
        return t;
    }

    @Property(tries = 200)
    void writtenLayoutsReadBackInEveryFormat(@ForAll("layouts") List<Spec> specs) throws Exception {
        V1Text t = text(specs);
        ScatterDocument doc = t.doc();
        assertThat(doc.toBytes()).isEqualTo(t.bytes());
        Layout l = doc.layout();
        assertThat(l.partitions()).extracting(Partition::name).containsExactlyElementsOf(
                specs.stream().map(Spec::name).toList());
        assertThat(l.partitions()).extracting(Partition::size).containsExactlyElementsOf(
                specs.stream().map(Spec::size).toList());
        assertThat(new ScatterValidator().validate(doc)).isEmpty();
        for (ScatterFormat f : List.of(ScatterFormat.V2, ScatterFormat.XML)) {
            ScatterDocument c = ScatterFiles.parse("c", ScatterConverter.convert(doc, f).toBytes());
            assertThat(c.layout().partitions()).isEqualTo(l.partitions());
        }
    }

    @Property(tries = 200)
    void anEditChangesOnlyItsValue(@ForAll("layouts") List<Spec> specs,
            @ForAll("positions") int pick, @ForAll("sizes") long newSize) throws Exception {
        ScatterDocument doc = text(specs).doc();
        int pos = pick % specs.size();
        String before = new String(doc.toBytes(), StandardCharsets.UTF_8);
        String value = "0x" + Long.toHexString(newSize);
        String old = doc.setField(null, pos, "partition_size", value);
        String after = new String(doc.toBytes(), StandardCharsets.UTF_8);
        String marker = "partition_name: " + specs.get(pos).name() + "\n";
        int block = before.indexOf(marker);
        int at = before.indexOf("partition_size: ", block) + "partition_size: ".length();
        assertThat(after).isEqualTo(before.substring(0, at) + value + before.substring(at + old.length()));
        assertThat(doc.layout().partitions().get(pos).size()).isEqualTo(newSize);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Provide
    Arbitrary<Long> sizes() {
        return Arbitraries.longs().between(0, Long.MAX_VALUE);
    }
}
