package vn.ioc.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.flink.shaded.guava33.com.google.common.primitives.Bytes;
import org.apache.flink.util.InstantiationUtil;
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
                PseudonymKey.fromEnvironment(Map.of("IOC_PSEUDONYM_KEY", "abcdefghijklmnopqrstu")).get().bytes()));
        Path file = dir.resolve("k");
        Files.writeString(file, "from-a-file-0123456789\n");
        assertEquals("from-a-file-0123456789", new String(
                PseudonymKey.fromEnvironment(Map.of("IOC_PSEUDONYM_KEY_FILE", file.toString())).get().bytes()));
        assertTrue(PseudonymKey.fromEnvironment(Map.of()).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> PseudonymKey.of("short"));
    }

    @Test
    void onlyTheDemoMakesAKeyOfItsOwn(@TempDir Path dir) throws Exception {
        // any other command without a configured key refuses to start
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> PseudonymKeySource.configured(Map.of(), null));
        assertTrue(refused.getMessage().contains("IOC_PSEUDONYM_KEY_FILE"), refused.getMessage());
        assertEquals(PseudonymKeySource.environment(),
                PseudonymKeySource.configured(Map.of("IOC_PSEUDONYM_KEY_FILE", "/etc/ioc/key"), null));

        Path demoKey = dir.resolve("state/pseudonym.key");
        PseudonymKeySource demo = PseudonymKeySource.configured(Map.of(), demoKey);
        assertEquals(PseudonymKeySource.file(demoKey), demo);
        byte[] first = demo.load().bytes();
        assertEquals(new String(first),
                new String(PseudonymKeySource.configured(Map.of(), demoKey).load().bytes()), "kept across runs");
    }

    @Test
    void aShippedPseudonymizerCarriesWhereTheKeyIsNeverTheKey(@TempDir Path dir) throws Exception {
        String secret = "shipped-key-0123456789abcdef";
        Path file = dir.resolve("key");
        Files.writeString(file, secret);
        Pseudonymizer local = new Pseudonymizer(PseudonymKeySource.file(file));
        String expected = local.pseudonymize("052203001234");

        byte[] shipped = InstantiationUtil.serializeObject(local);
        assertFalse(contains(shipped, secret.getBytes(StandardCharsets.UTF_8)), "the key travelled");
        Pseudonymizer remote = InstantiationUtil.deserializeObject(shipped, getClass().getClassLoader());
        assertEquals(expected, remote.pseudonymize("052203001234"), "the copy reads the key where it runs");

        // a key held in memory stays in the JVM it was made in: a shipped copy has none and says so
        Pseudonymizer inMemory = new Pseudonymizer(PseudonymKey.of(secret));
        byte[] copied = InstantiationUtil.serializeObject(inMemory);
        assertFalse(contains(copied, secret.getBytes(StandardCharsets.UTF_8)));
        Pseudonymizer copy = InstantiationUtil.deserializeObject(copied, getClass().getClassLoader());
        assertThrows(IllegalStateException.class, copy::open);
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        return Bytes.indexOf(bytes, part) >= 0;
    }
}
