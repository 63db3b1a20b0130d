package org.harapan.io.anthro;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** How the batch writes its output file. */
final class OutputFile {

    private OutputFile() {
    }

    /**
     * Opens the output. An existing regular file is overwritten in place and cut to the written length on close,
     * rather than truncated to zero first: on ext4, truncating a file that has data and rewriting it makes
     * {@code close()} start writeback of everything written (its replace-via-truncate safeguard), and the
     * truncation itself frees the old blocks; both cost tens of milliseconds for a large output.
     */
    static OutputStream open(Path output) throws IOException {
        if (!Files.isRegularFile(output)) {
            return Files.newOutputStream(output);
        }
        FileChannel channel = FileChannel.open(output, StandardOpenOption.WRITE);
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] { (byte) b }, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }

            @Override
            public void close() throws IOException {
                try (channel) {
                    channel.truncate(channel.position());
                }
            }
        };
    }
}
