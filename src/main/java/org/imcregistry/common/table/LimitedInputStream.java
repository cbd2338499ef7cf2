package org.imcregistry.common.table;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails, rather than truncates, a part longer than its cap. */
final class LimitedInputStream extends FilterInputStream {

    private long left;

    LimitedInputStream(InputStream in, long maxBytes) {
        super(in);
        left = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        return b < 0 ? b : count(b, 1);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        return n < 0 ? n : count(n, n);
    }

    private int count(int result, int bytes) throws IOException {
        left -= bytes;
        if (left < 0) {
            throw new IOException("part larger than its cap");
        }
        return result;
    }
}
