package vn.ioc.sink;

import java.util.List;
import vn.ioc.enrich.RegistryRow;

/** Columns of {@code registry_records} (clickhouse/migrations/V003). */
public final class RegistryRowEncoder implements RowEncoder<RegistryRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public String table() {
        return "registry_records";
    }

    @Override
    public List<String> columns() {
        return List.of("registry", "key_ref", "linked_ref", "status", "since", "province", "commune", "updated_at",
                "deleted", "quality_flags");
    }

    @Override
    public void encode(RegistryRow r, TsvRow out) {
        out.string(r.registry).string(r.keyRef).string(r.linkedRef).number(r.status).number(r.since)
                .string(r.province).string(r.commune).dateTime(r.updatedAt).bool(r.deleted)
                .stringArray(r.qualityFlags);
    }
}
