package vn.ioc.generate;

import java.io.IOException;
import vn.ioc.feed.Feed;

/** Where generated feed lines go instead of files: each line with the file and byte offset it would have there. */
public interface LineOut {
    /** @param line one JSON line without its newline */
    void line(Feed feed, String file, long offset, byte[] line) throws IOException;
}
