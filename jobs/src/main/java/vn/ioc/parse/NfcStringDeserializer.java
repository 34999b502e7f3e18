package vn.ioc.parse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;
import java.text.Normalizer;

/**
 * Jackson's strict string reading, with the text normalized to NFC. Vietnamese has two encodings of most letters
 * (precomposed "ế" and "e" + two combining marks); without this one procedure name would count as two.
 */
final class NfcStringDeserializer extends StringDeserializer {
    private static final long serialVersionUID = 1L;

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String s = super.deserialize(p, ctxt);
        // the check is cheap and almost always true: feeds are mostly NFC already
        return s == null || belowCombiningMarks(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s
                : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * Whether every character comes before U+0300, where Unicode's combining marks start: such a string is NFC
     * (no character below it may change under composition). Codes, identifiers and times are, and are most strings
     * of a feed; this loop is far cheaper than the normalizer's own check.
     */
    private static boolean belowCombiningMarks(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '\u0300') {
                return false;
            }
        }
        return true;
    }
}
