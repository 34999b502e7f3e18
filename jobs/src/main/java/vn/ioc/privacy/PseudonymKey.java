package vn.ioc.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * The secret behind pseudonyms. Read from IOC_PSEUDONYM_KEY (hex or text) or from the file named by
 * IOC_PSEUDONYM_KEY_FILE; never from the repository. Rotating it changes every pseudonym, so a rotation means a
 * full replay (docs/operations.md).
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

    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * The configured key, or, when none is configured, a key kept in {@code fallbackFile} (created with a random
     * secret and owner-only permissions on first use) so that a local demo keeps stable pseudonyms across runs.
     */
    public static PseudonymKey resolve(Map<String, String> env, Path fallbackFile) throws IOException {
        String inline = env.get(ENV_KEY);
        if (inline != null && !inline.isBlank()) {
            return of(inline);
        }
        String file = env.get(ENV_KEY_FILE);
        if (file != null && !file.isBlank()) {
            return of(Files.readString(Path.of(file), StandardCharsets.UTF_8));
        }
        if (fallbackFile == null) {
            throw new IllegalStateException("no pseudonym key: set " + ENV_KEY + " or " + ENV_KEY_FILE);
        }
        if (!Files.exists(fallbackFile)) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            Files.createDirectories(fallbackFile.toAbsolutePath().getParent());
            Files.writeString(fallbackFile, HexFormat.of().formatHex(random), StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(fallbackFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // non-POSIX file systems keep their default permissions
            }
        }
        return of(Files.readString(fallbackFile, StandardCharsets.UTF_8));
    }
}
