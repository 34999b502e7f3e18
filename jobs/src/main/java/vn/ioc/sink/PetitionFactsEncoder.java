package vn.ioc.sink;

import java.util.List;
import vn.ioc.measure.PetitionFacts;

/** Columns of {@code petitions}. */
public final class PetitionFactsEncoder implements RowEncoder<PetitionFacts> {
    private static final long serialVersionUID = 1L;

    @Override
    public String table() {
        return "petitions";
    }

    @Override
    public List<String> columns() {
        return List.of("petition_id", "kind", "agency_code", "dossier_id", "received_at", "due_at", "handled_at",
                "satisfied", "rating", "updated_at");
    }

    @Override
    public void encode(PetitionFacts f, TsvRow out) {
        out.string(f.petitionId).number(f.kind).string(f.agencyCode).string(f.dossierId).dateTime(f.receivedAt)
                .nullableDateTime(f.dueAt).nullableDateTime(f.handledAt)
                .nullableNumber(f.satisfied == null ? null : (long) f.satisfied).number(f.rating)
                .dateTime(f.updatedAt);
    }
}
