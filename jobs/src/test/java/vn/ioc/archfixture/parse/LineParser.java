package vn.ioc.archfixture.parse;

import vn.ioc.archfixture.sink.TableWriter;

/** Fixture of ArchitectureTest: a parser that writes to the warehouse itself, against the stage order. */
public final class LineParser {
    public void parse(String line) {
        new TableWriter().write(new ParsedLine(line));
    }
}
