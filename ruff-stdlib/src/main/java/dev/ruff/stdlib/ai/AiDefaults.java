package dev.ruff.stdlib.ai;

/** Endpoint and key a host gave the module; either may be {@code null}. */
record AiDefaults(String endpoint, String apiKey) {
}
