package vn.ioc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ioc.clickhouse.FeedStatus;

class StatusCommandTest {

    @Test
    void jsonShowsUnreadBesideReadAcceptedAndRejected() throws Exception {
        Map<String, FeedStatus.Counts> status = new LinkedHashMap<>();
        status.put("dossier-sync", new FeedStatus.Counts(12, 10, 2, 5));
        status.put("agencies", new FeedStatus.Counts(3, 3, 0));
        assertEquals("{\"dossier-sync\":{\"read\":12,\"accepted\":10,\"rejected\":2,\"unread\":5},"
                + "\"agencies\":{\"read\":3,\"accepted\":3,\"rejected\":0,\"unread\":0}}", StatusCommand.json(status));
    }
}
