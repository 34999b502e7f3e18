package vn.ioc.sink;

import java.util.List;
import vn.ioc.measure.PublicationFacts;

/** Columns of {@code publications}. */
public final class PublicationFactsEncoder implements RowEncoder<PublicationFacts> {
    private static final long serialVersionUID = 1L;

    @Override
    public String table() {
        return "publications";
    }

    @Override
    public List<String> columns() {
        return List.of("decision_id", "procedure_code", "agency_code", "publish_due", "published_at", "public_due",
                "made_public_at", "content_full", "updated_at");
    }

    @Override
    public void encode(PublicationFacts f, TsvRow out) {
        out.string(f.decisionId).string(f.procedureCode).string(f.agencyCode).dateTime(f.publishDue)
                .nullableDateTime(f.publishedAt).dateTime(f.publicDue).nullableDateTime(f.madePublicAt)
                .bool(f.contentFull).dateTime(f.updatedAt);
    }
}
