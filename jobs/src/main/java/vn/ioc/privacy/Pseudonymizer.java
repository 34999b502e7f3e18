package vn.ioc.privacy;

import java.io.Serializable;
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
 */
public final class Pseudonymizer implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key;
    private transient Mac mac;

    public Pseudonymizer(PseudonymKey key) {
        this.key = key.bytes();
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
        byte[] digest = mac().doFinal(id.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    private Mac mac() {
        if (mac == null) {
            try {
                mac = Mac.getInstance(ALGORITHM);
                mac.init(new SecretKeySpec(key, ALGORITHM));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA256 unavailable", e);
            }
        }
        return mac;
    }
}
