package vn.ioc.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymizerTest {

    @Test
    void isKeyedStableAndHidesTheIdentifier() {
        Pseudonymizer a = new Pseudonymizer(PseudonymKey.of("key-one-0123456789abcdef"));
        Pseudonymizer b = new Pseudonymizer(PseudonymKey.of("key-two-0123456789abcdef"));
        String p = a.pseudonymize("052203001234");
        assertEquals(32, p.length());
        assertEquals(p, a.pseudonymize(" 052203001234 "));
        assertNotEquals(p, b.pseudonymize("052203001234"));
        assertNotEquals(p, a.pseudonymize("052203001235"));
        assertEquals("", a.pseudonymize(null));
        // HMAC-SHA256("key-one-0123456789abcdef", "052203001234"), first 16 bytes, computed with openssl
        assertEquals("e56738c730aeef0d96aa9a05adc4a6d9", p);
    }

    @Test
    void keyComesFromEnvironmentOrAFileNeverFromCode(@TempDir Path dir) throws Exception {
        assertEquals("abcdefghijklmnopqrstu", new String(
                PseudonymKey.resolve(Map.of("IOC_PSEUDONYM_KEY", "abcdefghijklmnopqrstu"), null).bytes()));
        Path file = dir.resolve("k");
        Files.writeString(file, "from-a-file-0123456789\n");
        assertEquals("from-a-file-0123456789", new String(
                PseudonymKey.resolve(Map.of("IOC_PSEUDONYM_KEY_FILE", file.toString()), null).bytes()));
        assertThrows(IllegalStateException.class, () -> PseudonymKey.resolve(Map.of(), null));
        assertThrows(IllegalArgumentException.class, () -> PseudonymKey.of("short"));

        Path fallback = dir.resolve("state/pseudonym.key");
        byte[] first = PseudonymKey.resolve(Map.of(), fallback).bytes();
        assertEquals(new String(first), new String(PseudonymKey.resolve(Map.of(), fallback).bytes()));
    }
}
