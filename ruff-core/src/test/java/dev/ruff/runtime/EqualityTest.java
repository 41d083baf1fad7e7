package dev.ruff.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class EqualityTest {

    @Test
    void intEqualsIntegralFloat() {
        assertTrue(Equality.equal(1L, 1.0));
        assertTrue(Equality.equal(1.0, 1L));
        assertFalse(Equality.equal(1L, 1.5));
    }

    @Test
    void floatsUseAbsoluteEpsilonAndNaNNeverEqual() {
        assertTrue(Equality.equal(0.1 + 0.2, 0.3) == (Math.abs(0.1 + 0.2 - 0.3) < Equality.FLOAT_EPSILON));
        assertFalse(Equality.equal(Double.NaN, Double.NaN));
        Double nan = Double.NaN;
        assertFalse(Equality.equal(nan, nan));
        assertTrue(Equality.equal(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
        assertFalse(Equality.equal(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
    }

    @Test
    void bytesAreEqualByContent() {
        assertTrue(Equality.equal(RuffBytes.wrap(new byte[] {1, 2}), RuffBytes.copyOf(new byte[] {1, 2})));
        assertFalse(Equality.equal(RuffBytes.wrap(new byte[] {1, 2}), RuffBytes.wrap(new byte[] {1, 3})));
        assertFalse(Equality.equal(RuffBytes.wrap(new byte[] {1}), RuffArray.of(1L)));
        assertTrue(Equality.equal(RuffBytes.wrap(new byte[0]), RuffBytes.wrap(new byte[0])));
    }

    @Test
    void mixedKindsAreUnequalNotErrors() {
        assertFalse(Equality.equal(false, 0L));
        assertFalse(Equality.equal("1", 1L));
        assertFalse(Equality.equal(RuffNull.NULL, OptionValue.NONE));
    }

    @Test
    void dictEqualityIgnoresOrder() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("x", 1L);
        a.put("y", RuffArray.of("p"));
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("y", RuffArray.of("p"));
        b.put("x", 1.0);
        assertTrue(Equality.equal(RuffDict.of(a), RuffDict.of(b)));
        b.put("z", 1L);
        assertFalse(Equality.equal(RuffDict.of(a), RuffDict.of(b)));
    }

    @Test
    void structsCompareByNameAndFields() {
        StructInstance p = new StructInstance("P", null);
        p.setInPlace("x", 1L);
        StructInstance q = new StructInstance("P", null);
        q.setInPlace("x", 1L);
        StructInstance r = new StructInstance("Q", null);
        r.setInPlace("x", 1L);
        assertTrue(Equality.equal(p, q));
        assertFalse(Equality.equal(p, r));
    }

    @Test
    void resultOptionAndTagsCompareByVariantAndPayload() {
        assertTrue(Equality.equal(ResultValue.ok(1L), ResultValue.ok(1L)));
        assertFalse(Equality.equal(ResultValue.ok(1L), ResultValue.err(1L)));
        assertTrue(Equality.equal(OptionValue.NONE, OptionValue.NONE));
        assertFalse(Equality.equal(OptionValue.some(RuffNull.NULL), OptionValue.NONE));
        assertTrue(Equality.equal(new TaggedValue("E", "A", 1L), new TaggedValue("E", "A", 1L)));
        assertFalse(Equality.equal(new TaggedValue("E", "A", 1L), new TaggedValue("E", "B", 1L)));
    }

    @Test
    void nativesCompareByNameUserFunctionsByIdentity() {
        RuffCallable n1 = nativeNamed("print");
        RuffCallable n2 = nativeNamed("print");
        assertTrue(Equality.equal(n1, n2));
        RuffCallable f = () -> "f";
        RuffCallable g = () -> "f";
        assertTrue(Equality.equal(f, f));
        assertFalse(Equality.equal(f, g));
    }

    @Test
    void primitiveEqualityIsSameTypeOnly() {
        assertTrue(Equality.primitiveEqual(1L, 1L));
        assertFalse(Equality.primitiveEqual(1L, 1.0));
        assertTrue(Equality.primitiveEqual("a", "a"));
        assertTrue(Equality.primitiveEqual(RuffNull.NULL, RuffNull.NULL));
        assertFalse(Equality.primitiveEqual(RuffArray.of(1L), RuffArray.of(1L)));
    }

    @Property
    boolean equalityIsSymmetric(@ForAll("values") Object a, @ForAll("values") Object b) {
        return Equality.equal(a, b) == Equality.equal(b, a);
    }

    @Property
    boolean equalityIsReflexiveExceptNaN(@ForAll("values") Object a) {
        return Equality.equal(a, a) || Display.display(a).contains("NaN");
    }

    @Provide
    Arbitrary<Object> values() {
        Arbitrary<Object> scalars = Arbitraries.oneOf(
                Arbitraries.longs().between(-3, 3).map(x -> (Object) x),
                Arbitraries.of(0.0, 1.0, -1.0, 0.5, Double.NaN, Double.POSITIVE_INFINITY, 1e-17).map(x -> (Object) x),
                Arbitraries.of("", "a", "b").map(x -> (Object) x),
                Arbitraries.of(true, false).map(x -> (Object) x),
                Arbitraries.just(RuffNull.NULL));
        Arbitrary<Object> arrays = scalars.list().ofMaxSize(3).map(l -> (Object) RuffArray.ofList(l));
        Arbitrary<Object> dicts = Arbitraries.maps(Arbitraries.of("k", "l", "m"), scalars).ofMaxSize(3)
                .map(m -> (Object) RuffDict.of(m));
        Arbitrary<Object> wrapped = scalars.map(v -> (Object) ResultValue.ok(v));
        return Arbitraries.oneOf(scalars, arrays, dicts, wrapped);
    }

    static RuffCallable nativeNamed(String name) {
        return new RuffCallable() {
            public String name() {
                return name;
            }

            public boolean isNative() {
                return true;
            }
        };
    }
}
