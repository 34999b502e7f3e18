package vn.ioc.archfixture.parse;

/** Fixture of ArchitectureTest: what a parser makes. */
public record ParsedLine(String text) {}
