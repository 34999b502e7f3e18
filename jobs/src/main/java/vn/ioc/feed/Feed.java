package vn.ioc.feed;

/**
 * The feeds the system consumes. Each feed is one directory of JSON-lines files (or one Kafka topic);
 * the directory name is the feed's name everywhere: in rejected records, in status counts and in docs.
 */
public enum Feed {
    DOSSIER_SYNC("dossier-sync"),
    PROCESSING_LOG("processing-log"),
    EXCHANGE_LOG("exchange-log"),
    POPULATION("population"),
    BUSINESS_REGISTRY("business-registry"),
    INSURANCE("insurance"),
    PROCEDURES("procedures"),
    AGENCIES("agencies"),
    PETITIONS("petitions"),
    PUBLICATIONS("publications"),
    RECEPTION_REPORTS("reception-reports");

    private final String directory;

    Feed(String directory) {
        this.directory = directory;
    }

    public String directory() {
        return directory;
    }
}
