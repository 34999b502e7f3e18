package vn.ioc.enrich;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * The agency catalogue as broadcast state: every accepted line of the agencies feed, by unit code, on every task
 * that enriches with it, over the catalogue the job was built with (what a job restored from a savepoint of a
 * build without this state still needs). The directory is resolved again only when a line says something new of
 * its unit.
 */
public final class AgencyCatalogue implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final MapStateDescriptor<String, AgencyRow> STATE =
            new MapStateDescriptor<>("agency-catalogue", Types.STRING, TypeInformation.of(AgencyRow.class));

    private final AgencyDirectory initial;
    private transient AgencyDirectory current;

    public AgencyCatalogue(AgencyDirectory initial) {
        this.initial = initial;
    }

    /** The directory the broadcast state makes (resolved once per task after a start or a restore). */
    public AgencyDirectory directory(ReadOnlyBroadcastState<String, AgencyRow> state) throws Exception {
        if (current == null) {
            List<AgencyRow> rows = new ArrayList<>();
            for (Map.Entry<String, AgencyRow> e : state.immutableEntries()) {
                rows.add(e.getValue());
            }
            current = initial.with(rows);
        }
        return current;
    }

    /** Records a catalogue line; returns the directory before it, or null when the line changes nothing. */
    public AgencyDirectory put(BroadcastState<String, AgencyRow> state, AgencyRow row) throws Exception {
        AgencyDirectory before = directory(state);
        state.put(row.code, row);
        if (before.knows(row)) {
            return null;
        }
        current = before.with(List.of(row));
        return before;
    }
}
