package dev.ruff.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PricingRulesHostTest {
    @Test
    void hostModuleNativeFeedsTheScriptedRule() {
        StringWriter out = new StringWriter();
        assertEquals(10 * 5.0 * 0.9 * 1.19, PricingRulesHost.priceOrder(out, 5.0, "DE", 10), 1e-9);
        assertEquals("pricing rules loaded (EUR)\n", out.toString());
    }

    @Test
    void unknownCountryHasNoTax() {
        assertEquals(6.0, PricingRulesHost.priceOrder(new StringWriter(), 2.0, "XX", 3), 1e-9);
    }
}
