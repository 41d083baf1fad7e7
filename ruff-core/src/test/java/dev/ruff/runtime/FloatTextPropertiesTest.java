package dev.ruff.runtime;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class FloatTextPropertiesTest {

    @Property(tries = 3000)
    boolean formatFloatRoundTrips(@ForAll double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return true;
        }
        String s = Display.formatFloat(d);
        return Double.parseDouble(s) == d && !s.contains("E") && !s.contains("e");
    }

    @Property(tries = 3000)
    boolean formatFloatIsNoLongerThanJdkDigits(@ForAll double d) {
        if (Double.isNaN(d) || Double.isInfinite(d) || d == 0.0) {
            return true;
        }
        // the JDK's digits always round-trip, so the shortest form never has more significant digits
        String jdk = new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().unscaledValue().abs().toString();
        String ours = new java.math.BigDecimal(Display.formatFloat(d)).stripTrailingZeros().unscaledValue().abs().toString();
        return ours.length() <= jdk.length();
    }
}
