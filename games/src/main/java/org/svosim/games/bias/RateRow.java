package org.svosim.games.bias;

/**
 * The rates of one judge under one condition, over all its judgements
 * ({@code attribute} and {@code value} both {@value #ALL}) or over those whose scenario has
 * {@code attribute == value}.
 *
 * @param judge     the judge
 * @param condition the system-prompt condition
 * @param attribute the attribute broken down by, or {@value #ALL}
 * @param value     the attribute's value, or {@value #ALL}
 * @param rates     the rates of that group
 */
public record RateRow(String judge, AttackCondition condition, String attribute, String value, JudgeRates rates) {
    /** The attribute and value of a row over all judgements. */
    public static final String ALL = "all";
}
