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
            ServerCommand.class,
        })
public final class Ioc implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Ioc()).execute(args));
    }
}
