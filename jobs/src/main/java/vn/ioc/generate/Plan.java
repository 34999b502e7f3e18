package vn.ioc.generate;

/**
 * Everything decided about one dossier before its feed lines are written: who, where, which procedure, which
 * measured properties (by quota), and its lifecycle times. Times are epoch seconds; 0 means "does not happen".
 */
final class Plan {
    enum Outcome { FINISHED, REFUSED, WITHDRAWN, STOPPED }

    enum Timing { EARLY, ON_TIME, LATE }

    int level;
    AgencyTree.Unit unit;
    Catalogue.Proc procedure;
    int channel;
    int applicantType;
    String applicantId;
    int identKind;
    boolean applicantRegistered;
    String insuranceCode;

    boolean feeBearing;
    boolean paidOnline;
    int paymentChannel;
    boolean digitized;
    boolean reused;
    boolean fromStore;
    boolean eResult;
    boolean populationUsed;
    boolean vneid;
    boolean declaresPopulation;
    boolean declaresBusiness;
    boolean declaresInsurance;

    Outcome outcome;
    Timing timing;
    boolean supplement;
    boolean paymentStep;
    boolean returned;

    long submitted;
    long received;
    long due;
    long supplementRequested;
    long supplementAnswered;
    long newDue;
    long finished;
    long returnedAt;
    long closedAt;
    String dossierId;

    long effectiveDue() {
        return newDue != 0 ? newDue : due;
    }

    /** Finished (status 9 or 10) by the end of the generated period. */
    boolean finishedBy(long cutoff) {
        return outcome == Outcome.FINISHED && finished != 0 && finished <= cutoff;
    }
}
