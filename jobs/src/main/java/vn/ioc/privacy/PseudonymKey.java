package vn.ioc.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The secret behind pseudonyms. Read from IOC_PSEUDONYM_KEY (hex or text) or from the file named by
 * IOC_PSEUDONYM_KEY_FILE; never from the repository. Rotating it changes every pseudonym, so a rotation means a
 * full replay (docs/operations.md). Not serializable: a job carries a {@link PseudonymKeySource}, never the key.
 */
public final class PseudonymKey {
    public static final String ENV_KEY = "IOC_PSEUDONYM_KEY";
    public static final String ENV_KEY_FILE = "IOC_PSEUDONYM_KEY_FILE";
    private static final int MIN_BYTES = 16;

    private final byte[] bytes;

    private PseudonymKey(byte[] bytes) {
        if (bytes.length < MIN_BYTES) {
            throw new IllegalArgumentException("the pseudonym key must have at least " + MIN_BYTES + " bytes");
        }
        this.bytes = bytes.clone();
    }

    public static PseudonymKey of(String secret) {
        return new PseudonymKey(secret.strip().getBytes(StandardCharsets.UTF_8));
    }

    public static PseudonymKey readFile(Path file) throws IOException {
        return of(Files.readString(file, StandardCharsets.UTF_8));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** The key an environment configures (IOC_PSEUDONYM_KEY first, then IOC_PSEUDONYM_KEY_FILE), if any. */
    public static Optional<PseudonymKey> fromEnvironment(Map<String, String> env) throws IOException {
        String inline = env.get(ENV_KEY);
        if (inline != null && !inline.isBlank()) {
            return Optional.of(of(inline));
        }
        String file = env.get(ENV_KEY_FILE);
        if (file != null && !file.isBlank()) {
            return Optional.of(readFile(Path.of(file)));
        }
        return Optional.empty();
    }

    /** Whether an environment names a key at all, without reading it. */
    public static boolean configuredIn(Map<String, String> env) {
        return !env.getOrDefault(ENV_KEY, "").isBlank() || !env.getOrDefault(ENV_KEY_FILE, "").isBlank();
    }

    /**
     * Creates {@code file} with a random key and owner-only permissions unless it exists: the demo's own key, so that
     * a local demo keeps stable pseudonyms across runs. Nothing but the demo (and lookups against its data) uses it.
     */
    public static void createFileIfAbsent(Path file) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, HexFormat.of().formatHex(random), StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // non-POSIX file systems keep their default permissions
        }
    }
}
