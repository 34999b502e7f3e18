package vn.ioc.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * Agency lines gathered into batches: after the delay, before a checkpoint's barrier and at the end of the input,
 * in the order they came; nothing is held in state.
 */
class AgencyBatcherTest {

    @Test
    void linesGoOutAfterTheDelayBeforeABarrierAndAtTheEnd() throws Exception {
        try (var harness = new OneInputStreamOperatorTestHarness<AgencyRow, AgencyBatch>(new AgencyBatcher(200))) {
            harness.open();
            harness.setProcessingTime(1_000);
            harness.processElement(agency("A"), 0);
            harness.processElement(agency("B"), 0);
            harness.setProcessingTime(1_199);
            assertEquals(List.of(), batches(harness));
            harness.setProcessingTime(1_200);
            assertEquals(List.of(List.of("A", "B")), batches(harness));

            harness.processElement(agency("C"), 0);
            harness.prepareSnapshotPreBarrier(1);
            assertEquals(List.of(List.of("A", "B"), List.of("C")), batches(harness));
            harness.setProcessingTime(2_000);
            assertEquals(2, batches(harness).size(), "the batch went before the barrier, its timer sends nothing");

            harness.processElement(agency("D"), 0);
            harness.endInput();
            assertEquals(List.of("D"), batches(harness).get(2));
            harness.setProcessingTime(3_000);
            assertEquals(3, batches(harness).size(), "nothing left to send once the input ended");
        }
    }

    private static List<List<String>> batches(OneInputStreamOperatorTestHarness<AgencyRow, AgencyBatch> harness) {
        return harness.extractOutputValues().stream()
                .map(b -> Arrays.stream(b.rows).map(r -> r.code).toList()).toList();
    }

    private static AgencyRow agency(String code) {
        AgencyRow a = new AgencyRow();
        a.code = code;
        return a;
    }
}
