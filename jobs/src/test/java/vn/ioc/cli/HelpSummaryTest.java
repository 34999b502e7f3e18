package vn.ioc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `./ioc --help` lists every command with a summary that is a whole sentence, not a description cut at its line. */
class HelpSummaryTest {

    @Test
    void everyCommandsSummaryIsAWholeSentence() {
        CommandLine ioc = Ioc.commandLine();
        StringWriter help = new StringWriter();
        ioc.setOut(new PrintWriter(help));
        assertEquals(0, ioc.execute("--help"));
        for (CommandLine sub : ioc.getSubcommands().values()) {
            String[] header = sub.getCommandSpec().usageMessage().header();
            String summary = header.length > 0 ? header[0] : sub.getCommandSpec().usageMessage().description()[0];
            assertTrue(summary.endsWith("."), sub.getCommandName() + ": " + summary);
            // the listing wraps the summary; joined again it must read the same sentence
            assertTrue(help.toString().replaceAll("\\s+", " ").contains(summary), sub.getCommandName() + ": " + summary);
        }
    }
}
