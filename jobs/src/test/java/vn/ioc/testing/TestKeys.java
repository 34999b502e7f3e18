package vn.ioc.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.ioc.privacy.PseudonymKeySource;

/**
 * Test keys as the job takes them: in a key file its tasks read when they open, since a key held in memory never
 * travels into a job graph.
 */
public final class TestKeys {
    private TestKeys() {}

    public static PseudonymKeySource file(String secret) {
        try {
            Path file = Files.createTempFile("ioc-test-key", ".key");
            file.toFile().deleteOnExit();
            Files.writeString(file, secret, StandardCharsets.UTF_8);
            return PseudonymKeySource.file(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
