package vn.ioc.parse;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ioc.enrich.CatalogueFiles;
import vn.ioc.enrich.AgencyDirectory;
import vn.ioc.enrich.AgencyRowMapper;
import vn.ioc.enrich.ProcedureRowMapper;
import vn.ioc.feed.Agency;
import vn.ioc.feed.DossierSnapshot;
import vn.ioc.feed.ExchangeCall;
import vn.ioc.feed.Feed;
import vn.ioc.feed.Procedure;
import vn.ioc.feed.ProcessingStep;
import vn.ioc.generate.FeedGenerator;
import vn.ioc.measure.CallFactsDeriver;
import vn.ioc.measure.DossierFactsDeriver;
import vn.ioc.measure.StepFactsDeriver;
import vn.ioc.privacy.PseudonymKey;
import vn.ioc.privacy.Pseudonymizer;

/**
 * Mutation fuzzing of every parser: valid generated lines are truncated, spliced, byte-flipped, retyped and
 * padded, and each result must either parse or be rejected with a reason, never throw anything else (which in the
 * job would fail the task and stop the pipeline on one bad message). Seeded and bounded in count and time.
 */
class ParserFuzzTest {
    private static final int MUTATIONS_PER_FEED = 20_000;
    private static final long MILLIS_PER_FEED = 2_000;
    private static final Pseudonymizer PSEUDO = new Pseudonymizer(PseudonymKey.of("fuzz-test-key-0123456789"));

    @Test
    void noMutatedLineEscapesAsAnythingButARejection(@TempDir Path feeds) throws Exception {
        new FeedGenerator(FeedGenerator.DEFAULT_PROFILE, 0.001, 3).generate(feeds);
        AgencyDirectory agencies = CatalogueFiles.load(feeds).agencies();
        fuzz(feeds, Feed.DOSSIER_SYNC, DossierSnapshot.class, new DossierFactsDeriver(agencies, PSEUDO));
        fuzz(feeds, Feed.PROCESSING_LOG, ProcessingStep.class, new StepFactsDeriver(agencies));
        fuzz(feeds, Feed.EXCHANGE_LOG, ExchangeCall.class, new CallFactsDeriver(agencies, PSEUDO));
        fuzz(feeds, Feed.AGENCIES, Agency.class, new AgencyRowMapper(agencies));
        fuzz(feeds, Feed.PROCEDURES, Procedure.class, new ProcedureRowMapper());
    }

    private static <T> void fuzz(Path feeds, Feed feed, Class<T> type, RecordMapper<T, ?> mapper) throws Exception {
        List<String> lines = Files.readAllLines(feeds.resolve(feed.directory()).resolve("part-00000.jsonl"),
                StandardCharsets.UTF_8);
        JsonRecordParser<T> parser = new JsonRecordParser<>(type);
        PayloadScrubber scrubber = new PayloadScrubber(PSEUDO);
        SplittableRandom rnd = new SplittableRandom(feed.ordinal());
        long deadline = System.currentTimeMillis() + MILLIS_PER_FEED;
        for (int i = 0; i < MUTATIONS_PER_FEED && System.currentTimeMillis() < deadline; i++) {
            byte[] input = mutate(lines.get(rnd.nextInt(lines.size())).getBytes(StandardCharsets.UTF_8),
                    lines.get(rnd.nextInt(lines.size())).getBytes(StandardCharsets.UTF_8), rnd);
            try {
                mapper.map(parser.parse(input));
            } catch (InvalidRecordException expected) {
                scrubber.scrub(input);
            } catch (RuntimeException | StackOverflowError e) {
                fail(feed.directory() + ": " + e + " on input: " + new String(input, StandardCharsets.UTF_8), e);
            }
        }
    }

    private static final String[] REPLACEMENTS = {"null", "\"\"", "\"x\"", "-1", "1e309", "[]", "{}", "true",
        "\"20231345250000\"", "99999999999999999999", "\"\\u0000\"", "\"\uD83D\uDE00\""};

    static byte[] mutate(byte[] line, byte[] other, SplittableRandom rnd) {
        byte[] b = line.clone();
        switch (rnd.nextInt(7)) {
            case 0 -> b = java.util.Arrays.copyOf(b, rnd.nextInt(b.length + 1));
            case 1 -> {
                for (int k = 0; k < 1 + rnd.nextInt(8); k++) {
                    b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
                }
            }
            case 2 -> {
                int cut = rnd.nextInt(b.length + 1);
                int from = rnd.nextInt(other.length + 1);
                byte[] spliced = new byte[cut + other.length - from];
                System.arraycopy(b, 0, spliced, 0, cut);
                System.arraycopy(other, from, spliced, cut, other.length - from);
                b = spliced;
            }
            case 3 -> {
                // replace one value (after a colon) by a value of another type
                String s = new String(b, StandardCharsets.UTF_8);
                int colon = s.indexOf(':', rnd.nextInt(Math.max(1, s.length())));
                if (colon > 0) {
                    int end = colon + 1;
                    while (end < s.length() && s.charAt(end) != ',' && s.charAt(end) != '}') {
                        end++;
                    }
                    s = s.substring(0, colon + 1) + REPLACEMENTS[rnd.nextInt(REPLACEMENTS.length)] + s.substring(end);
                }
                b = s.getBytes(StandardCharsets.UTF_8);
            }
            case 4 -> b = ("[" + new String(b, StandardCharsets.UTF_8) + "]").getBytes(StandardCharsets.UTF_8);
            case 5 -> {
                StringBuilder deep = new StringBuilder();
                int depth = 1 + rnd.nextInt(5000);
                deep.append("{\"MaHoSo\":".repeat(depth)).append("1").append("}".repeat(depth));
                b = deep.toString().getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                String s = new String(b, StandardCharsets.UTF_8);
                int at = rnd.nextInt(s.length() + 1);
                b = (s.substring(0, at) + "\"" + s.substring(at)).getBytes(StandardCharsets.UTF_8);
            }
        }
        return b;
    }
}
