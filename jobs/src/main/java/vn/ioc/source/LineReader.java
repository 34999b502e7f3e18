package vn.ioc.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines, tracking the byte offset of each line. Blank lines are skipped: they are not
 * records and are not counted. A trailing CR is removed so files written on Windows parse the same. Only lines
 * ended by a newline are lines (the feed contract): at the end of the stream comes one end-of-file marker, at the
 * offset where the complete lines end, whatever follows them.
 */
final class LineReader implements Closeable {
    private final String feed;
    private final String file;
    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buf = new byte[1 << 16];
    private int bufPos;
    private int bufLen;
    private long position;
    private byte[] line = new byte[1024];
    private boolean endSent;

    LineReader(String feed, String file, InputStream in, long startOffset, int maxLineBytes) {
        this.feed = feed;
        this.file = file;
        this.in = in;
        this.position = startOffset;
        this.maxLineBytes = maxLineBytes;
    }

    /** Offset of the first byte not yet consumed. */
    long position() {
        return position;
    }

    /** The next non-blank line, or null at the end of the stream. */
    FeedLine next() throws IOException {
        while (true) {
            long start = position;
            int len = 0;
            boolean sawAny = false;
            boolean oversized = false;
            boolean ended = false;
            while (!ended) {
                if (bufPos == bufLen) {
                    bufLen = in.read(buf, 0, buf.length);
                    bufPos = 0;
                    if (bufLen <= 0) {
                        bufLen = 0;
                        break;
                    }
                }
                sawAny = true;
                // copy up to the next newline in one go rather than byte by byte
                int end = bufPos;
                while (end < bufLen && buf[end] != '\n') {
                    end++;
                }
                ended = end < bufLen;
                int segment = end - bufPos;
                int kept = Math.min(segment, maxLineBytes - len);
                if (kept > 0) {
                    if (len + kept > line.length) {
                        line = Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(line.length * 2, len + kept)));
                    }
                    System.arraycopy(buf, bufPos, line, len, kept);
                    len += kept;
                }
                oversized |= kept < segment;
                int consumed = segment + (ended ? 1 : 0);
                bufPos += consumed;
                position += consumed;
            }
            if (!sawAny || !ended) {
                // the end of the file: a line without its newline is a half line still being written, not a
                // record; the end marker names where the complete lines end, and UnreadLines reports the rest
                if (endSent) {
                    return null;
                }
                endSent = true;
                return FeedLine.endOfFile(feed, file, start);
            }
            if (len > 0 && line[len - 1] == '\r' && !oversized) {
                len--;
            }
            if (oversized) {
                return new FeedLine(feed, file, start,
                        Arrays.copyOf(line, FeedLineFormat.OVERSIZED_KEPT_BYTES), true);
            }
            if (!isBlank(line, len)) {
                return new FeedLine(feed, file, start, Arrays.copyOf(line, len), false);
            }
        }
    }

    private static boolean isBlank(byte[] b, int len) {
        for (int i = 0; i < len; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
