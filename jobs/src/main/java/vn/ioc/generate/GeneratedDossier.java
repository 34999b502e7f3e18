package vn.ioc.generate;

import java.util.ArrayList;
import java.util.List;
import vn.ioc.feed.DossierSnapshot;
import vn.ioc.feed.ExchangeCall;
import vn.ioc.feed.ProcessingStep;

/**
 * One dossier's generated records as the feeds carry them, handed over as objects instead of JSON lines: the
 * snapshots kept of it in the order of the events they report (each once, the latest last), its processing steps and
 * exchange calls, and what the registries know of its applicant. Reused from one dossier to the next.
 */
public final class GeneratedDossier {
    /** Receives one dossier at a time; the object is reused for the next one. */
    public interface Sink {
        void accept(GeneratedDossier dossier) throws java.io.IOException;
    }

    public final List<DossierSnapshot> snapshots = new ArrayList<>();
    public final List<ProcessingStep> steps = new ArrayList<>();
    /** Steps the processing log delivered a second time (about 3 %). */
    public final List<ProcessingStep> repeatedSteps = new ArrayList<>();
    public final List<ExchangeCall> calls = new ArrayList<>();
    /** The population or business registry holds the applicant. */
    public boolean applicantRegistered;
    /** The insurance registry holds the applicant. */
    public boolean insured;

    void clear() {
        snapshots.clear();
        steps.clear();
        repeatedSteps.clear();
        calls.clear();
        applicantRegistered = false;
        insured = false;
    }
}
