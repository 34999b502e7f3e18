package vn.ioc.source;

/**
 * One raw line of a feed file with where it came from, so that a rejected record can be traced back to its
 * source file and byte offset. A Flink POJO: public fields and a no-argument constructor.
 */
public class FeedLine {
    public String feed;
    public String file;
    public long offset;
    public byte[] payload;
    /** The line was longer than the reader accepts; payload holds only its beginning. */
    public boolean oversized;
    /**
     * Not a line: the reader reached the end of the file. offset is where its last complete line ends; what lies
     * beyond (a half line, lines appended later) is checked by UnreadLines.
     */
    public boolean endOfFile;

    public FeedLine() {}

    public static FeedLine endOfFile(String feed, String file, long offset) {
        FeedLine eof = new FeedLine(feed, file, offset, new byte[0], false);
        eof.endOfFile = true;
        return eof;
    }

    public FeedLine(String feed, String file, long offset, byte[] payload, boolean oversized) {
        this.feed = feed;
        this.file = file;
        this.offset = offset;
        this.payload = payload;
        this.oversized = oversized;
    }
}
