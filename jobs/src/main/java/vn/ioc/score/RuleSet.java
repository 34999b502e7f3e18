package vn.ioc.score;

import java.util.Map;

/** The rule version that scores a period, by name, with its rules per indicator (in the order of the table). */
public record RuleSet(String version, Map<String, ScoreRule> rules) {}
