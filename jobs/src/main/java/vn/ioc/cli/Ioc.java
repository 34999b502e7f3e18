package vn.ioc.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.ioc.job.FlinkContext;

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

    public static void main(String[] args) throws Exception {
        if (!FlinkContext.onCluster()) {
            System.exit(commandLine().execute(args));
        }
        // Run as a job's main by a Flink cluster's client or by the JobManager (web or REST submission): the
        // process is not ours to end, and a failure must fail the submission with its own message.
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
