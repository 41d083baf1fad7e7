package dev.ruff.stdlib.collections;

import dev.ruff.runtime.Strings;
import java.util.ArrayList;
import java.util.List;

/**
 * The order {@code sort} uses: numbers numerically (int and float mixed), strings by code point
 * (= UTF-8 byte order), every other pairing equal. That relation is not transitive, so the sort is
 * a plain stable merge sort that never rejects a comparator (Java's TimSort may throw on one).
 */
final class SortOrder {
    private SortOrder() {
    }

    static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if ((a instanceof Long || a instanceof Double) && (b instanceof Long || b instanceof Double)) {
            double x = ((Number) a).doubleValue();
            double y = ((Number) b).doubleValue();
            return x < y ? -1 : x > y ? 1 : 0; // NaN compares equal, like Rust's partial_cmp fallback
        }
        if (a instanceof String x && b instanceof String y) {
            return Strings.compare(x, y);
        }
        return 0;
    }

    /** A new sorted list; stable. */
    static List<Object> sorted(List<Object> items) {
        Object[] a = items.toArray();
        Object[] tmp = new Object[a.length];
        mergeSort(a, tmp, 0, a.length);
        List<Object> out = new ArrayList<>(a.length);
        for (Object o : a) {
            out.add(o);
        }
        return out;
    }

    private static void mergeSort(Object[] a, Object[] tmp, int from, int to) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid);
        mergeSort(a, tmp, mid, to);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            // take from the right only when strictly smaller: keeps equal elements in order
            tmp[k++] = compare(a[j], a[i]) < 0 ? a[j++] : a[i++];
        }
        while (i < mid) {
            tmp[k++] = a[i++];
        }
        while (j < to) {
            tmp[k++] = a[j++];
        }
        System.arraycopy(tmp, from, a, from, to - from);
    }
}
