package vn.ioc.privacy;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms of personal identifiers: HMAC-SHA256 of the identifier, first 16 bytes in hex. The same
 * identifier gets the same pseudonym in every feed (dossiers, exchange log, registries), so joins still work,
 * while nobody without the key can recover or confirm an identifier by hashing guesses. 128 bits keep
 * collisions negligible at 100 M citizens. Not thread-safe: one instance per task.
 *
 * <p>Serialized into the job graph it carries only its {@link PseudonymKeySource}: the key lives in the transient
 * MAC, loaded where the pseudonymizer is used ({@link #open()}, from the task's {@code open}).
 */
public final class Pseudonymizer implements Serializable {
    private static final long serialVersionUID = 2L;
    private static final String ALGORITHM = "HmacSHA256";

    private final PseudonymKeySource keySource;
    private transient Mac mac;

    /** Loads the key from {@code keySource} when first used, in the process that uses it. */
    public Pseudonymizer(PseudonymKeySource keySource) {
        this.keySource = keySource;
    }

    /**
     * With a key already in memory, for work done in this JVM (a lookup command, unit tests). The key is not
     * serialized: a copy shipped to a task has no key and fails when opened, rather than leaking it.
     */
    public Pseudonymizer(PseudonymKey key) {
        this.keySource = null;
        this.mac = mac(key);
    }

    /** Reads the key now, so a task without one fails when it starts rather than on its first record. */
    public void open() {
        if (mac != null) {
            return;
        }
        if (keySource == null) {
            throw new IllegalStateException("this pseudonymizer was built with an in-memory key, which never leaves"
                    + " the JVM it was made in; give the job a PseudonymKeySource");
        }
        try {
            mac = mac(keySource.load());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pseudonym key (" + keySource + ")", e);
        }
    }

    /** Pseudonym of an identifier, or "" when there is none. Surrounding blanks do not change the pseudonym. */
    public String pseudonymize(String identifier) {
        if (identifier == null) {
            return "";
        }
        String id = identifier.strip();
        if (id.isEmpty()) {
            return "";
        }
        open();
        byte[] digest = mac.doFinal(id.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    private static Mac mac(PseudonymKey key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key.bytes(), ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
