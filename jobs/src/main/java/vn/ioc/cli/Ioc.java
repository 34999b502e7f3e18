package vn.ioc.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "ioc",
        mixinStandardHelpOptions = true,
        version = "ioc 0.1.0",
        description = "Real-time analytics of public administration: feeds -> Flink -> ClickHouse.",
        subcommands = {
            CommandLine.HelpCommand.class,
            DemoCommand.class,
            GenerateCommand.class,
            RunCommand.class,
            MigrateCommand.class,
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

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Exit status of a command that died of an error it cannot recover from (sysexits' EX_SOFTWARE). */
    static final int FATAL = 70;

    /**
     * Runs the command and always ends the process with its status. An Error (Flink's "could not allocate network
     * buffers" OutOfMemoryError, thrown by Flink rather than the JVM) would otherwise end only the main thread while
     * Flink's non-daemon threads keep the process alive for ever.
     */
    public static void main(String[] args) {
        int status = FATAL;
        try {
            status = commandLine().execute(args);
        } catch (Throwable e) {
            System.err.println("ioc: " + e);
        } finally {
            System.exit(status);
        }
    }

    /** The CLI as main runs it; tests execute commands through this too. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Ioc());
        // a bad input file is the user's error: one line saying what is wrong, exit code 2, no stack trace (unless
        // IOC_DEBUG is set)
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException) {
                commandLine.getErr().println("ioc: " + e.getMessage());
                if (System.getenv("IOC_DEBUG") != null) {
                    e.printStackTrace(commandLine.getErr());
                }
                return 2;
            }
            throw e;
        });
        return cli;
    }
}
