/**
 * What a host sees of Ruff values that have no plain Java counterpart: structs ({@link RuffStruct}),
 * {@code Ok}/{@code Err} ({@link RuffResult}), {@code Some}/{@code None} ({@link RuffOption}), enum tags
 * ({@link RuffEnumValue}) and functions ({@link RuffFunction}), plus the {@link RuffExport} annotation
 * that makes a host object's method callable from scripts.
 *
 * <p>Plain values cross as {@code Long}, {@code Double}, {@code String}, {@code Boolean}, {@code null},
 * {@code List}, {@code Map}, {@code byte[]}; promises as {@code CompletableFuture<Object>}. Every view
 * here is a snapshot converted on the way out: changing it never changes the script's value.</p>
 */
package dev.ruff.host;
