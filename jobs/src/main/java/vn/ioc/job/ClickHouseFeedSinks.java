package vn.ioc.job;

import org.apache.flink.api.connector.sink2.Sink;
import vn.ioc.clickhouse.ClickHouseConfig;
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
import vn.ioc.sink.AgencyRowEncoder;
import vn.ioc.sink.CallFactsEncoder;
import vn.ioc.sink.ClickHouseSink;
import vn.ioc.sink.DossierFactsEncoder;
import vn.ioc.sink.PetitionFactsEncoder;
import vn.ioc.sink.PublicationFactsEncoder;
import vn.ioc.sink.ReceptionCountEncoder;
import vn.ioc.sink.ReuseFactsEncoder;
import vn.ioc.sink.LedgerEntryEncoder;
import vn.ioc.sink.ProcedureRowEncoder;
import vn.ioc.sink.RegistryRowEncoder;
import vn.ioc.sink.RejectionEncoder;
import vn.ioc.sink.SinkOptions;
import vn.ioc.sink.StepFactsEncoder;

/**
 * Every output into its ClickHouse table (clickhouse/migrations). A password from the environment is not part of
 * the sinks' connection: they read it where they run, so the job graph holds no secret.
 */
public final class ClickHouseFeedSinks implements FeedSinks {
    private static final long serialVersionUID = 1L;

    private final ClickHouseConfig config;
    private final SinkOptions options;

    public ClickHouseFeedSinks(ClickHouseConfig config, SinkOptions options) {
        this.config = config.forTasks();
        this.options = options;
    }

    @Override
    public Sink<DossierFacts> dossiers() {
        return new ClickHouseSink<>(config, new DossierFactsEncoder(), options);
    }

    @Override
    public Sink<StepFacts> steps() {
        return new ClickHouseSink<>(config, new StepFactsEncoder(), options);
    }

    @Override
    public Sink<CallFacts> calls() {
        return new ClickHouseSink<>(config, new CallFactsEncoder(), options);
    }

    @Override
    public Sink<AgencyRow> agencies() {
        return new ClickHouseSink<>(config, new AgencyRowEncoder(), options);
    }

    @Override
    public Sink<ProcedureRow> procedures() {
        return new ClickHouseSink<>(config, new ProcedureRowEncoder(), options);
    }

    @Override
    public Sink<Rejection> rejected() {
        return new ClickHouseSink<>(config, new RejectionEncoder(), options);
    }

    @Override
    public Sink<RegistryRow> registries() {
        return new ClickHouseSink<>(config, new RegistryRowEncoder(), options);
    }

    @Override
    public Sink<LedgerEntry> ledger() {
        return new ClickHouseSink<>(config, new LedgerEntryEncoder(), options);
    }

    @Override
    public Sink<PetitionFacts> petitions() {
        return new ClickHouseSink<>(config, new PetitionFactsEncoder(), options);
    }

    @Override
    public Sink<PublicationFacts> publications() {
        return new ClickHouseSink<>(config, new PublicationFactsEncoder(), options);
    }

    @Override
    public Sink<ReceptionCount> receptionReports() {
        return new ClickHouseSink<>(config, new ReceptionCountEncoder(), options);
    }

    @Override
    public Sink<ReuseFacts> reuse() {
        return new ClickHouseSink<>(config, new ReuseFactsEncoder(), options);
    }
}
