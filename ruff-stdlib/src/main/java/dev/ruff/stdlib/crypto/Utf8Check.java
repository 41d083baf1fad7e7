package dev.ruff.stdlib.crypto;

/** UTF-8 validation with the message of Rust's {@code FromUtf8Error}. */
final class Utf8Check {
    private Utf8Check() {
    }

    /** {@code null} when valid, else e.g. {@code invalid utf-8 sequence of 1 bytes from index 3}. */
    static String problem(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int need;
            int min;
            if (c < 0x80) {
                i++;
                continue;
            } else if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
                min = 0x80;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                min = 0x800;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                min = 0x10000;
            } else {
                return "invalid utf-8 sequence of 1 bytes from index " + i;
            }
            int cp = c & (0x3f >> need);
            for (int k = 1; k <= need; k++) {
                if (i + k >= b.length) {
                    return "incomplete utf-8 byte sequence from index " + i;
                }
                int cc = b[i + k] & 0xff;
                if ((cc & 0xc0) != 0x80) {
                    return "invalid utf-8 sequence of " + k + " bytes from index " + i;
                }
                cp = (cp << 6) | (cc & 0x3f);
            }
            if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
                return "invalid utf-8 sequence of 1 bytes from index " + i;
            }
            i += need + 1;
        }
        return null;
    }
}
