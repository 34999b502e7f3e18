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

    @Test
    void everyViewReadsOnlyTablesAndViewsOfLowerLayers() throws Exception {
        List<Views.View> views = new Views().discover();
        Map<String, String> layerOf = new HashMap<>();
        views.forEach(v -> layerOf.put(v.name(), v.layer()));
        for (Views.View v : views) {
            Matcher m = READS.matcher(v.select());
            while (m.find()) {
                String read = m.group(1);
                if (layerOf.containsKey(read)) {
                    assertTrue(layerOf.get(read).compareTo(v.layer()) < 0,
                            v.layer() + "/" + v.name() + " reads " + layerOf.get(read) + "/" + read);
                }
            }
        }
    }

    @Test
    void theOperatorViewsAreAllDefined() throws Exception {
        List<String> names = new Views().discover().stream().map(Views.View::name).sorted().toList();
        assertEquals(List.of("calls", "dossiers", "feed_status", "findings", "headline_counts_daily",
                "headline_rates_by_level", "indicator_inputs", "late_dossier_holders", "registries", "rejected",
                "reuse", "reuse_by_database", "steps"), names);
    }

    @Test
    void aViewIsCreatedUnderItsFileName() throws Exception {
        Views.View v = new Views.View("steps", "1_staging", "-- why\nSELECT * FROM ${db}.processing_steps FINAL\n");
        assertEquals("CREATE VIEW p.steps AS\nSELECT * FROM p.processing_steps FINAL", v.create("p"));
    }
}
