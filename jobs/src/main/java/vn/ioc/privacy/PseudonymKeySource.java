package vn.ioc.privacy;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a task finds the pseudonym key. Only this description travels in the job graph (which the JobManager
 * stores, and its HA store keeps); the key itself is read by the task that uses it, on the TaskManager, when it
 * opens.
 */
public sealed interface PseudonymKeySource extends Serializable {

    PseudonymKey load() throws IOException;

    /** IOC_PSEUDONYM_KEY or IOC_PSEUDONYM_KEY_FILE of the process the task runs in: each TaskManager's own. */
    static PseudonymKeySource environment() {
        return new Environment();
    }

    /** A key file every TaskManager can read at the same path (the demo's, or a test's). */
    static PseudonymKeySource file(Path file) {
        return new KeyFile(file.toAbsolutePath().toString());
    }

    /**
     * The key a command was configured with: the environment's when it names one; otherwise the demo's own key file
     * (created on first use) when the command is the demo or works on its data, and no key at all for anything else.
     *
     * @param demoKeyFile null for a command that must be given a key explicitly
     */
    static PseudonymKeySource configured(Map<String, String> env, Path demoKeyFile) throws IOException {
        if (PseudonymKey.configuredIn(env)) {
            return environment();
        }
        if (demoKeyFile == null) {
            throw new IllegalArgumentException("no pseudonym key: set " + PseudonymKey.ENV_KEY_FILE + " (a file"
                    + " holding the key) or " + PseudonymKey.ENV_KEY + "; only the demo makes a key of its own"
                    + " (docs/operations.md, \"Pseudonym key\")");
        }
        PseudonymKey.createFileIfAbsent(demoKeyFile);
        return file(demoKeyFile);
    }

    record Environment() implements PseudonymKeySource {
        @Override
        public PseudonymKey load() throws IOException {
            return PseudonymKey.fromEnvironment(System.getenv()).orElseThrow(() -> new IllegalStateException(
                    "no pseudonym key in this process's environment: set " + PseudonymKey.ENV_KEY_FILE + " (or "
                            + PseudonymKey.ENV_KEY + ") for every TaskManager (docs/operations.md)"));
        }
    }

    record KeyFile(String path) implements PseudonymKeySource {
        @Override
        public PseudonymKey load() throws IOException {
            return PseudonymKey.readFile(Path.of(path));
        }
    }
}
