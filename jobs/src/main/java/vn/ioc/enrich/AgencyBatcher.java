package vn.ioc.enrich;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * Gathers the agency lines that arrive within a short delay into one {@link AgencyBatch}: a catalogue file of
 * thousands of units then costs the operators that enrich a few passes over their rows instead of one per line.
 * Nothing waits across a checkpoint (the batch goes before the barrier) or past the end of the input, so the
 * operator holds no state.
 */
public final class AgencyBatcher extends AbstractStreamOperator<AgencyBatch>
        implements OneInputStreamOperator<AgencyRow, AgencyBatch>, BoundedOneInput {
    private static final long serialVersionUID = 1L;

    private final long delayMillis;
    private transient List<AgencyRow> pending;

    /** @param delayMillis how long the first line of a batch waits for others */
    public AgencyBatcher(long delayMillis) {
        this.delayMillis = delayMillis;
    }

    @Override
    public void processElement(StreamRecord<AgencyRow> element) {
        if (pending == null) {
            pending = new ArrayList<>();
            getProcessingTimeService().registerTimer(
                    getProcessingTimeService().getCurrentProcessingTime() + delayMillis, time -> emit());
        }
        pending.add(element.getValue());
    }

    @Override
    public void prepareSnapshotPreBarrier(long checkpointId) throws Exception {
        super.prepareSnapshotPreBarrier(checkpointId);
        emit();
    }

    @Override
    public void endInput() {
        emit();
    }

    @Override
    public void finish() throws Exception {
        emit();
        super.finish();
    }

    private void emit() {
        if (pending != null && !pending.isEmpty()) {
            output.collect(new StreamRecord<>(new AgencyBatch(pending.toArray(new AgencyRow[0]))));
        }
        pending = null;
    }
}
