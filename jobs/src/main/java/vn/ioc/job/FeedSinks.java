package vn.ioc.job;

import java.io.Serializable;
import org.apache.flink.api.connector.sink2.Sink;
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

/** Where each output of the job goes: ClickHouse in production and in integration tests. */
public interface FeedSinks extends Serializable {
    Sink<DossierFacts> dossiers();

    Sink<StepFacts> steps();

    Sink<CallFacts> calls();

    Sink<AgencyRow> agencies();

    Sink<ProcedureRow> procedures();

    Sink<Rejection> rejected();

    Sink<LedgerEntry> ledger();

    Sink<RegistryRow> registries();

    Sink<PetitionFacts> petitions();

    Sink<PublicationFacts> publications();

    Sink<ReceptionCount> receptionReports();

    Sink<ReuseFacts> reuse();
}
