package vn.ioc.generate;

import java.io.IOException;

/** Where the records of one feed go: a JSON-lines file ({@link FeedWriter}) or a consumer of the records themselves. */
public interface RecordOut {
    void write(Object record) throws IOException;
}
