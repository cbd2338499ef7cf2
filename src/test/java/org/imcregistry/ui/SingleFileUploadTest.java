package org.imcregistry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The server refuses an upload over the limit on its own, whatever the browser was told. */
class SingleFileUploadTest {

    @Test
    void aFileUpToTheLimitIsReadWhole() throws Exception {
        byte[] file = new byte[1000];
        assertThat(SingleFileUpload.readAtMost(new ByteArrayInputStream(file), 1000)).hasSize(1000);
    }

    @Test
    void aLargerFileIsRefusedAfterReadingOneByteTooMany() throws Exception {
        CountingStream endless = new CountingStream();
        assertThat(SingleFileUpload.readAtMost(endless, 5 * 1024 * 1024)).isNull();
        assertThat(endless.read).isEqualTo(5 * 1024 * 1024 + 1);
    }

    /** A stream that never ends, as a hostile client's could: the reader must stop on its own. */
    private static final class CountingStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            read += len;
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            return len;
        }
    }
}
