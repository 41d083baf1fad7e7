package dev.ruff.samples;

import dev.ruff.RuffContext;
import dev.ruff.RuffEngine;
import dev.ruff.RuffScript;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;

/**
 * A host application that keeps its pricing rules in a Ruff script. It shows the whole embedding
 * surface: a host module adding a native, compiling once, running against a context, reading a
 * global and calling a Ruff function with Java values.
 */
public final class PricingRulesHost {

    /** A host module: one native, {@code tax_rate(country)}, in a few lines. */
    public static final class TaxModule implements RuffModule {
        private static final Map<String, Double> RATES = Map.of("DE", 0.19, "FR", 0.20, "US", 0.07);

        @Override
        public String name() {
            return "tax";
        }

        @Override
        public void register(NativeRegistry registry) {
            registry.function("tax_rate(country)", Arity.exact(1), Capability.NONE, "VAT rate for a country code.",
                    call -> RATES.getOrDefault(String.valueOf(call.arg(0)), 0.0));
        }
    }

    static final String RULES = """
            let currency := "EUR"
            func price(net, country, qty) {
                mut total := net * qty
                if qty >= 10 { total := total * 0.9 }
                return total * (1 + tax_rate(country))
            }
            print("pricing rules loaded (${currency})")
            """;

    private PricingRulesHost() {
    }

    /** Loads the rules and prices one order; returns the gross total. */
    public static double priceOrder(Writer out, double net, String country, int qty) {
        try (RuffEngine engine = RuffEngine.builder().out(new PrintWriter(out, true)).module(new TaxModule()).build()) {
            RuffScript rules = engine.compile(RULES, "pricing.ruff");
            RuffContext context = engine.newContext();
            rules.run(context);
            return ((Number) context.call("price", net, country, qty)).doubleValue();
        }
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        out.printf("10 x 5.00 to DE: %.2f%n", priceOrder(out, 5.0, "DE", 10));
    }
}
