package vn.ioc.job;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.flink.util.FileUtils;

/**
 * The checkpoints of one job (one input: a feed directory or a set of topics) into one database, in a directory of
 * their own: {@code ROOT/DATABASE/INPUT-HASH/FLINK-JOB-ID/chk-N}. A marker file says whose they are, so a run resumes
 * only from its own ({@code ./ioc run --resume}) and refuses a checkpoint another database or input left behind,
 * which would restore source positions in files or topics this run does not read.
 */
public final class RunCheckpoints {
    static final String MARKER = "ioc-run.properties";
    private static final Pattern DATABASE = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern CHECKPOINT = Pattern.compile("chk-(\\d+)");

    private final Path dir;
    private final String database;
    private final String input;

    private RunCheckpoints(Path dir, String database, String input) {
        this.dir = dir;
        this.database = database;
        this.input = input;
    }

    /**
     * @param input what the job reads, as it identifies the job: e.g. {@code files:/data/feeds} or
     *     {@code kafka:broker:9092 binhdinh. ioc-feeds}
     */
    public static RunCheckpoints under(Path root, String database, String input) {
        if (!DATABASE.matcher(database).matches()) {
            throw new IllegalArgumentException("database name " + database + " is not letters, digits and _");
        }
        String kind = input.substring(0, Math.max(0, input.indexOf(':')));
        return new RunCheckpoints(root.toAbsolutePath().resolve(database).resolve(kind + "-" + hash(input)),
                database, input);
    }

    /** Where Flink writes this job's checkpoints (each run in a sub-directory named by its Flink job id). */
    public Path dir() {
        return dir;
    }

    /**
     * What a run resumes from: {@code given} (refused when it is a checkpoint of another database or input), or,
     * when none is given, the newest retained checkpoint of this database and input.
     *
     * @param own null where the cluster's configuration decides where checkpoints go
     */
    public static Path resumeFrom(RunCheckpoints own, Path given) throws IOException {
        if (given != null) {
            if (own != null) {
                own.refuseForeign(given);
            }
            return given;
        }
        if (own == null) {
            throw new IllegalArgumentException("--resume looks in ioc's own checkpoint directories: on a Flink cluster"
                    + " give --checkpoint-dir, or resume from a savepoint with flink run -s");
        }
        return own.latest().orElseThrow(() -> new IllegalArgumentException("no retained checkpoint of database "
                + own.database + " for this input in " + own.dir() + ": nothing to resume"));
    }

    /** Creates the directory and its marker before a run writes checkpoints there. */
    public void claim() throws IOException {
        Files.createDirectories(dir);
        Path marker = dir.resolve(MARKER);
        if (Files.exists(marker)) {
            refuseUnlessOurs(dir);
            return;
        }
        Properties owner = new Properties();
        owner.setProperty("database", database);
        owner.setProperty("input", input);
        try (Writer out = Files.newBufferedWriter(marker, StandardCharsets.UTF_8)) {
            owner.store(out, "whose checkpoints these are: ./ioc run --resume takes them only for the same run");
        }
    }

    /** The newest retained checkpoint of this database and job, if any. */
    public Optional<Path> latest() throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> jobs = Files.list(dir)) {
            return jobs.filter(Files::isDirectory)
                    .flatMap(RunCheckpoints::completedCheckpoints)
                    .max(Comparator.<Path, Long>comparing(RunCheckpoints::completedAt)
                            .thenComparing(RunCheckpoints::number));
        }
    }

    /**
     * Throws unless {@code savepoint} is this run's own checkpoint, a savepoint, or a checkpoint ioc did not file:
     * a checkpoint under another database's or input's marker is refused with whose it is.
     */
    public void refuseForeign(Path savepoint) throws IOException {
        for (Path p = savepoint.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(MARKER))) {
                refuseUnlessOurs(p);
                return;
            }
        }
    }

    /** A finished run leaves nothing to resume: every checkpoint of this database and job goes. */
    public void cleanUp() throws IOException {
        if (Files.isDirectory(dir)) {
            FileUtils.deleteDirectory(dir.toFile());
        }
    }

    private void refuseUnlessOurs(Path checkpointsOf) throws IOException {
        Properties owner = new Properties();
        try (Reader in = Files.newBufferedReader(checkpointsOf.resolve(MARKER), StandardCharsets.UTF_8)) {
            owner.load(in);
        }
        if (!database.equals(owner.getProperty("database")) || !input.equals(owner.getProperty("input"))) {
            throw new IllegalArgumentException("the checkpoints in " + checkpointsOf + " belong to database "
                    + owner.getProperty("database") + " reading " + owner.getProperty("input") + ", not to this run"
                    + " (database " + database + " reading " + input + "): resuming from them would restore"
                    + " positions in feeds this run does not read");
        }
    }

    private static Stream<Path> completedCheckpoints(Path job) {
        try (Stream<Path> children = Files.list(job)) {
            // a checkpoint is complete once its _metadata is written; a crash can leave one half-written
            return children.filter(c -> CHECKPOINT.matcher(c.getFileName().toString()).matches()
                    && Files.isRegularFile(c.resolve("_metadata"))).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long completedAt(Path checkpoint) {
        try {
            return Files.getLastModifiedTime(checkpoint.resolve("_metadata")).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long number(Path checkpoint) {
        var m = CHECKPOINT.matcher(checkpoint.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    private static String hash(String input) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return dir.toString();
    }
}
