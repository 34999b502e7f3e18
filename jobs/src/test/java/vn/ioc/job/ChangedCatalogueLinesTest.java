package vn.ioc.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import vn.ioc.enrich.PostgresCatalogueReads;
import vn.ioc.source.FeedLine;

/**
 * Of PostgreSQL's catalogue read again and again, only new and changed rows pass, through Flink's keyed operator
 * harness: one entry of state per row of the catalogue (reference data, kept), no timer.
 */
class ChangedCatalogueLinesTest {

    @Test
    void onlyNewAndChangedRowsPass() throws Exception {
        try (var harness = new KeyedOneInputStreamOperatorTestHarness<String, ChangedCatalogueLines.Keyed, FeedLine>(
                new KeyedProcessOperator<>(new ChangedCatalogueLines()), row -> row.key, Types.STRING)) {
            harness.open();
            for (long read = 0; read < 3; read++) {
                harness.processElement(row("A", read, "{\"MaDonVi\":\"A\"}"), 0);
                String b = read < 2 ? "{\"MaDonVi\":\"B\"}" : "{\"MaDonVi\":\"B\",\"X\":1}";
                harness.processElement(row("B", read, b), 0);
            }
            harness.processElement(row("C", 3, "{\"MaDonVi\":\"C\"}"), 0);
            long stride = PostgresCatalogueReads.STRIDE;
            assertEquals(List.of(0L, 1L, 2 * stride + 1, 3 * stride + 2),
                    harness.extractOutputValues().stream().map(l -> l.offset).toList());
            assertEquals(3, harness.numKeyedStateEntries(), "the last row read of each code");
            assertEquals(0, harness.numProcessingTimeTimers());
        }
    }

    private static ChangedCatalogueLines.Keyed row(String key, long read, String json) {
        long offset = read * PostgresCatalogueReads.STRIDE + (key.charAt(0) - 'A');
        return new ChangedCatalogueLines.Keyed(key, new FeedLine("agencies", "postgresql:dvc_agencies", offset,
                json.getBytes(StandardCharsets.UTF_8), false));
    }
}
