package vn.ioc.enrich;

import org.apache.flink.api.common.typeinfo.TypeInfo;

/**
 * Something about one subject (a citizen or an enterprise, by pseudonym): a registry record that concerns it, or a
 * dossier it applied with. Both meet in {@link RegistryJoin}, keyed by the subject.
 */
@TypeInfo(SubjectEventSerializer.Factory.class)
public class SubjectEvent {
    public String subject;
    /** Set for a registry record. */
    public RegistryRow record;
    /** Set for a dossier. */
    public String dossierId;
    public int applicantType;
    /** Set for a dossier that has ended: the subject's state forgets it once the state horizon has passed. */
    public boolean ended;

    public static SubjectEvent of(String subject, RegistryRow record) {
        SubjectEvent e = new SubjectEvent();
        e.subject = subject;
        e.record = record;
        return e;
    }

    public static SubjectEvent ofDossier(String subject, String dossierId, int applicantType, boolean ended) {
        SubjectEvent e = new SubjectEvent();
        e.subject = subject;
        e.dossierId = dossierId;
        e.applicantType = applicantType;
        e.ended = ended;
        return e;
    }
}
