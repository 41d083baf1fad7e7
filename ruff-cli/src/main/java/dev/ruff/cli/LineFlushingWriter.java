package dev.ruff.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * Passes text through to another writer and flushes it after every chunk that ends a line: what a
 * terminal user expects (progress lines appear as they are printed), at the cost of a flush per line,
 * so it is used only when the stream is a terminal.
 */
final class LineFlushingWriter extends Writer {
    private final Writer target;

    LineFlushingWriter(Writer target) {
        super(target);
        this.target = target;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        synchronized (lock) {
            target.write(chars, offset, length);
            for (int i = offset + length - 1; i >= offset; i--) {
                if (chars[i] == '\n') {
                    target.flush();
                    break;
                }
            }
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        synchronized (lock) {
            target.write(text, offset, length);
            if (text.lastIndexOf('\n', offset + length - 1) >= offset) {
                target.flush();
            }
        }
    }

    @Override
    public void write(int c) throws IOException {
        synchronized (lock) {
            target.write(c);
            if (c == '\n') {
                target.flush();
            }
        }
    }

    @Override
    public void flush() throws IOException {
        target.flush();
    }

    @Override
    public void close() throws IOException {
        target.close();
    }
}
