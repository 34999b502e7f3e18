package vn.ioc.job;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import vn.ioc.enrich.AgencyRow;
import vn.ioc.enrich.ProcedureRow;
import vn.ioc.measure.CallFacts;
import vn.ioc.measure.DossierFacts;
import vn.ioc.measure.StepFacts;
import vn.ioc.parse.Rejection;

/** Real sinks, except that the dossier sink throws once, after a set number of rows, to force a recovery. */
final class FailingOnceSinks implements FeedSinks {
    private static final long serialVersionUID = 1L;
    private static final AtomicInteger COUNTDOWN = new AtomicInteger();
    private static final AtomicBoolean FIRED = new AtomicBoolean();

    private final FeedSinks delegate;

    FailingOnceSinks(FeedSinks delegate) {
        this.delegate = delegate;
    }

    static void arm(int rowsBeforeFailure) {
        COUNTDOWN.set(rowsBeforeFailure);
        FIRED.set(false);
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
                SinkWriter<DossierFacts> writer = real.createWriter(context);
                return new SinkWriter<>() {
                    @Override
                    public void write(DossierFacts element, Context ctx) throws IOException, InterruptedException {
                        if (COUNTDOWN.decrementAndGet() == 0 && FIRED.compareAndSet(false, true)) {
                            throw new IOException("injected failure");
                        }
                        writer.write(element, ctx);
                    }

                    @Override
                    public void flush(boolean endOfInput) throws IOException, InterruptedException {
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
}
