package vn.ioc.archfixture.sink;

import vn.ioc.archfixture.parse.ParsedLine;

/** Fixture of ArchitectureTest: a sink may use what the parser made (the order's direction). */
public final class TableWriter {
    public void write(ParsedLine line) {
        line.text().length();
    }
}
