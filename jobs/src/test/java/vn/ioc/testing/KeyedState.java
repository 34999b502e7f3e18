package vn.ioc.testing;

import org.apache.flink.runtime.state.heap.HeapKeyedStateBackend;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.util.AbstractStreamOperatorTestHarness;

/**
 * The keyed state entries of a harness's operator, for harnesses that do not count them themselves (Flink's
 * KeyedBroadcastOperatorTestHarness): what KeyedOneInputStreamOperatorTestHarness#numKeyedStateEntries counts.
 */
public final class KeyedState {
    private KeyedState() {}

    public static int entries(AbstractStreamOperatorTestHarness<?> harness) {
        AbstractStreamOperator<?> operator = (AbstractStreamOperator<?>) harness.getOperator();
        return ((HeapKeyedStateBackend<?>) operator.getKeyedStateBackend()).numKeyValueStateEntries();
    }
}
