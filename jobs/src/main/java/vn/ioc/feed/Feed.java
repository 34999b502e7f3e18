package vn.ioc.feed;

/**
 * The feeds the system consumes. Each feed is one directory of JSON-lines files (or one Kafka topic);
 * the directory name is the feed's name everywhere: in rejected records, in status counts and in docs.
 */
public enum Feed {
    DOSSIER_SYNC("dossier-sync", DossierSnapshot.class),
    PROCESSING_LOG("processing-log", ProcessingStep.class),
    EXCHANGE_LOG("exchange-log", ExchangeCall.class),
    POPULATION("population", CitizenRecord.class),
    BUSINESS_REGISTRY("business-registry", EnterpriseRecord.class),
    INSURANCE("insurance", InsuranceRecord.class),
    PROCEDURES("procedures", Procedure.class),
    AGENCIES("agencies", Agency.class),
    PETITIONS("petitions", Petition.class),
    PUBLICATIONS("publications", Publication.class),
    RECEPTION_REPORTS("reception-reports", ReceptionReport.class);

    private final String directory;
    private final Class<?> recordType;

    Feed(String directory, Class<?> recordType) {
        this.directory = directory;
        this.recordType = recordType;
    }

    /** The class a line of this feed parses into. */
    public Class<?> recordType() {
        return recordType;
    }

    public String directory() {
        return directory;
    }
}
