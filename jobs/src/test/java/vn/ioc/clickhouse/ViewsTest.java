package vn.ioc.clickhouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ViewsTest {
    private static final Pattern READS = Pattern.compile("\\$\\{db}\\.(\\w+)");

    /** Views read their own layer or lower ones, and are created after every view they read. */
    @Test
    void everyViewIsCreatedAfterWhatItReadsAndReadsNoHigherLayer() throws Exception {
        List<Views.View> views = new Views().discover();
        Map<String, String> layerOf = new HashMap<>();
        views.forEach(v -> layerOf.put(v.name(), v.layer()));
        for (int i = 0; i < views.size(); i++) {
            Views.View v = views.get(i);
            for (String read : v.reads()) {
                if (layerOf.containsKey(read)) {
                    assertTrue(layerOf.get(read).compareTo(v.layer()) <= 0,
                            v.layer() + "/" + v.name() + " reads " + layerOf.get(read) + "/" + read);
                    assertTrue(views.subList(0, i).stream().anyMatch(before -> before.name().equals(read)),
                            v.name() + " is created before " + read);
                }
            }
        }
    }

    @Test
    void theOperatorViewsAreAllDefined() throws Exception {
        List<String> names = new Views().discover().stream().map(Views.View::name).sorted().toList();
        assertEquals(List.of("calls", "catalogue_procedures", "dossiers", "feed_status", "findings", "group_scores",
                "headline_counts_daily", "headline_rates_by_level", "indicator_figures_by_period", "indicator_inputs",
                "indicator_inputs_by_grain", "indicator_scores", "late_dossier_holders", "petition_records", "registries",
                "rejected",
                "reuse", "reuse_by_database", "steps", "unit_agencies", "unit_scores"), names);
    }

    @Test
    void aViewIsCreatedUnderItsFileName() throws Exception {
        Views.View v = new Views.View("steps", "1_staging", "-- why\nSELECT * FROM ${db}.processing_steps FINAL\n");
        assertEquals("CREATE VIEW p.steps AS\nSELECT * FROM p.processing_steps FINAL", v.create("p"));
    }
}
