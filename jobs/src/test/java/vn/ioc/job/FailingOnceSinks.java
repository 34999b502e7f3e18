package vn.ioc.job;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import vn.ioc.enrich.AgencyRow;
import vn.ioc.enrich.ProcedureRow;
import vn.ioc.enrich.RegistryRow;
import vn.ioc.measure.CallFacts;
import vn.ioc.measure.DossierFacts;
import vn.ioc.measure.PetitionFacts;
import vn.ioc.measure.PublicationFacts;
import vn.ioc.measure.ReceptionCount;
import vn.ioc.measure.ReuseFacts;
import vn.ioc.measure.StepFacts;
import vn.ioc.parse.LedgerEntry;
import vn.ioc.parse.Rejection;

/**
 * Real sinks, except that the dossier sink throws to force recoveries: once after a number of rows, or at chosen
 * checkpoint flushes of its first subtask, counted per attempt (a failure at an attempt's n-th checkpoint, n &gt; 1,
 * restores from an earlier one, which has completed because checkpoints do not overlap; each attempt starts
 * early enough in the data that the next one still has checkpoints to fail at). It also records whether a writer was restored from a checkpoint.
 */
final class FailingOnceSinks implements FeedSinks {
    private static final long serialVersionUID = 1L;
    private static final AtomicInteger COUNTDOWN = new AtomicInteger();
    /** The i-th failure happens at this checkpoint flush of the i-th attempt (the run, then each restart). */
    private static final java.util.List<Integer> FLUSH_PLAN = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final AtomicInteger FLUSHES_THIS_ATTEMPT = new AtomicInteger();
    private static final AtomicInteger FAILURES = new AtomicInteger();
    private static final AtomicBoolean FIRED = new AtomicBoolean();
    private static final AtomicBoolean RESTORED = new AtomicBoolean();

    private final FeedSinks delegate;

    FailingOnceSinks(FeedSinks delegate) {
        this.delegate = delegate;
    }

    static void arm(int rowsBeforeFailure) {
        COUNTDOWN.set(rowsBeforeFailure);
        FLUSH_PLAN.clear();
        FAILURES.set(0);
        FIRED.set(false);
        RESTORED.set(false);
    }

    /** Fails at each of these checkpoint flushes, counted across restarts (a crash, a recovery, another crash...). */
    static void armAtFlushes(int... flushes) {
        COUNTDOWN.set(Integer.MAX_VALUE);
        FLUSH_PLAN.clear();
        for (int f : flushes) {
            FLUSH_PLAN.add(f);
        }
        FLUSHES_THIS_ATTEMPT.set(0);
        FAILURES.set(0);
        FIRED.set(false);
        RESTORED.set(false);
    }

    static int failures() {
        return FAILURES.get();
    }

    static boolean restoredFromCheckpoint() {
        return RESTORED.get();
    }

    static boolean fired() {
        return FIRED.get();
    }

    @Override
    public Sink<DossierFacts> dossiers() {
        Sink<DossierFacts> real = delegate.dossiers();
        return new Sink<>() {
            @Override
            public SinkWriter<DossierFacts> createWriter(WriterInitContext context) throws IOException {
                if (context.getRestoredCheckpointId().isPresent()) {
                    RESTORED.set(true);
                }
                SinkWriter<DossierFacts> writer = real.createWriter(context);
                // only the first subtask counts, so that its n-th flush is the attempt's n-th checkpoint; a new
                // writer of it means a new attempt
                boolean counts = context.getTaskInfo().getIndexOfThisSubtask() == 0;
                if (counts) {
                    FLUSHES_THIS_ATTEMPT.set(0);
                }
                return new SinkWriter<>() {
                    @Override
                    public void write(DossierFacts element, Context ctx) throws IOException, InterruptedException {
                        if (!FLUSH_PLAN.isEmpty()) {
                            // slow enough that every attempt lives through several checkpoints before its input ends
                            Thread.sleep(1);
                        }
                        if (COUNTDOWN.decrementAndGet() == 0 && FIRED.compareAndSet(false, true)) {
                            FAILURES.incrementAndGet();
                            throw new IOException("injected failure");
                        }
                        writer.write(element, ctx);
                    }

                    @Override
                    public void flush(boolean endOfInput) throws IOException, InterruptedException {
                        int failure = FAILURES.get();
                        if (!endOfInput && counts && failure < FLUSH_PLAN.size()
                                && FLUSHES_THIS_ATTEMPT.incrementAndGet() == FLUSH_PLAN.get(failure)) {
                            FIRED.set(true);
                            FAILURES.incrementAndGet();
                            throw new IOException("injected failure at a checkpoint");
                        }
                        writer.flush(endOfInput);
                    }

                    @Override
                    public void close() throws Exception {
                        writer.close();
                    }
                };
            }
        };
    }

    @Override
    public Sink<StepFacts> steps() {
        return delegate.steps();
    }

    @Override
    public Sink<CallFacts> calls() {
        return delegate.calls();
    }

    @Override
    public Sink<AgencyRow> agencies() {
        return delegate.agencies();
    }

    @Override
    public Sink<ProcedureRow> procedures() {
        return delegate.procedures();
    }

    @Override
    public Sink<Rejection> rejected() {
        return delegate.rejected();
    }

    @Override
    public Sink<RegistryRow> registries() {
        return delegate.registries();
    }

    @Override
    public Sink<LedgerEntry> ledger() {
        return delegate.ledger();
    }

    @Override
    public Sink<PetitionFacts> petitions() {
        return delegate.petitions();
    }

    @Override
    public Sink<PublicationFacts> publications() {
        return delegate.publications();
    }

    @Override
    public Sink<ReceptionCount> receptionReports() {
        return delegate.receptionReports();
    }

    @Override
    public Sink<ReuseFacts> reuse() {
        return delegate.reuse();
    }
}
