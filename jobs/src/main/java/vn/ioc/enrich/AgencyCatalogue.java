package vn.ioc.enrich;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * Records catalogue lines; returns the units the directory now resolves differently (level, province, successor,
     * rollups), none when the lines say nothing new.
     */
    public Set<String> put(BroadcastState<String, AgencyRow> state, AgencyRow[] rows) throws Exception {
        AgencyDirectory before = directory(state);
        List<AgencyRow> news = new ArrayList<>();
        for (AgencyRow row : rows) {
            state.put(row.code, row);
            if (!before.knows(row)) {
                news.add(row);
            }
        }
        if (news.isEmpty()) {
            return Set.of();
        }
        current = before.with(news);
        return current.changedFrom(before);
    }
}
