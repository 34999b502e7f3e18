package vn.ioc.score;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every indicator of the rules in force has a Vietnamese and an English name: the report never shows a bare code. */
class IndicatorNamesTest {

    @Test
    void everyRuleIndicatorIsNamedInBothLanguages() {
        IndicatorNames names = IndicatorNames.load();
        for (String code : RuleTable.load().version(null).keySet()) {
            assertTrue(names.has(code), code);
            IndicatorNames.Name name = names.of(code);
            assertFalse(name.vietnamese().isBlank() || name.english().isBlank(), code);
            assertNotEquals(name.vietnamese(), name.english(), code);
        }
    }
}
