package dev.ruff.stdlib.strings;


import dev.ruff.runtime.RuffArray;
import dev.ruff.stdlib.Natives;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class StringsPropertiesTest {
    private final Natives n = new Natives(new StringsModule());

    @Property
    boolean joinUndoesSplit(@ForAll String text, @ForAll @StringLength(min = 1, max = 3) String delimiter) {
        RuffArray pieces = (RuffArray) n.call("split", text, delimiter);
        return n.call("join", pieces, delimiter).equals(text);
    }

    @Property
    boolean reverseTwiceIsIdentity(@ForAll String text) {
        return n.call("str_reverse", n.call("str_reverse", text)).equals(text);
    }

    @Property
    boolean padLeftReachesWidth(@ForAll @StringLength(max = 20) String text, @ForAll("widths") long width) {
        String padded = (String) n.call("pad_left", text, width, "*");
        long len = (Long) new Natives(new StringsModule()).call("count_chars", padded);
        return len == Math.max(width, (Long) n.call("count_chars", text)) && padded.endsWith(text);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Long> widths() {
        return net.jqwik.api.Arbitraries.longs().between(0, 40);
    }
}
