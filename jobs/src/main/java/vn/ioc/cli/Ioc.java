package vn.ioc.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.ioc.clickhouse.ClickHouseErrors;
import vn.ioc.clickhouse.ClickHouseProbe;
import vn.ioc.job.FlinkContext;

@Command(
        name = "ioc",
        mixinStandardHelpOptions = true,
        version = "ioc 0.1.0",
        description = "Real-time analytics of public administration: feeds -> Flink -> ClickHouse.",
        footer = {"", "./ioc test [MAVEN ARGS]: install what the tests need (Debian packages), then run every test"
                + " (mvn -B verify)."},
        subcommands = {
            CommandLine.HelpCommand.class,
            DemoCommand.class,
            GenerateCommand.class,
            RunCommand.class,
            MigrateCommand.class,
            RefreshCommand.class,
            ScoreCommand.class,
            ScorecardCommand.class,
            ReportCommand.class,
            BenchCommand.class,
            ReconcileCommand.class,
            StatusCommand.class,
            ProvinceCommand.class,
            PseudonymCommand.class,
            ServerCommand.class,
        })
public final class Ioc implements Runnable {

    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "On failure, also print the stack trace.")
    boolean verbose;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Exit status of a command that died of an error it cannot recover from (sysexits' EX_SOFTWARE). */
    static final int FATAL = 70;

    /**
     * Runs the command. From a shell, it always ends the process with its status: an Error (Flink's "could not
     * allocate network buffers" OutOfMemoryError, thrown by Flink rather than the JVM) would otherwise end only the
     * main thread while Flink's non-daemon threads keep the process alive for ever. Inside a Flink cluster (its client,
     * or the JobManager for web and REST submissions) the process is not ours to end, and a failure must fail the
     * submission with its own message.
     */
    public static void main(String[] args) throws Exception {
        if (!FlinkContext.onCluster()) {
            int status = FATAL;
            try {
                status = commandLine().execute(args);
            } catch (Throwable e) {
                System.err.println("ioc: " + e);
            } finally {
                System.exit(status);
            }
        }
        Exception[] failure = new Exception[1];
        CommandLine cli = commandLine();
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            failure[0] = e;
            return 1;
        });
        int exitCode = cli.execute(args);
        if (failure[0] != null) {
            throw failure[0];
        }
        if (exitCode != 0) {
            throw new IllegalArgumentException("ioc " + String.join(" ", args) + " ended with exit code " + exitCode
                    + " (usage above)");
        }
    }

    /** The CLI as main runs it; tests execute commands through this too. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Ioc());
        // A failure is one line saying what is wrong, in ClickHouse's own words when the server refused; the stack
        // trace only with --verbose (or IOC_DEBUG set). Exit code 2 for a wrong input, 1 for anything else.
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("ioc: " + describe(e));
            if (parseResult.expandedArgs().contains("--verbose") || System.getenv("IOC_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return e instanceof IllegalArgumentException ? 2 : 1;
        });
        return cli;
    }

    /** What went wrong, in one line. */
    static String describe(Throwable e) {
        String message;
        if (e instanceof IllegalArgumentException || e instanceof ClickHouseProbe.Failure) {
            message = e.getMessage();
        } else if (e instanceof NoSuchFileException missing) {
            message = "no such file or directory: " + missing.getFile();
        } else if (e instanceof AccessDeniedException denied) {
            message = "permission denied: " + denied.getFile();
        } else if (fromClickHouse(e)) {
            message = ClickHouseErrors.serverMessage(e);
        } else {
            message = firstMessage(e);
        }
        return message == null ? e.getClass().getSimpleName() : message.replaceAll("\\s+", " ").strip();
    }

    /** Whether the failure passed through the ClickHouse client (a job's sink included). */
    private static boolean fromClickHouse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().startsWith("com.clickhouse.")
                    || (t.getMessage() != null && t.getMessage().contains("DB::Exception"))) {
                return true;
            }
        }
        return false;
    }

    private static String firstMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return null;
    }
}
