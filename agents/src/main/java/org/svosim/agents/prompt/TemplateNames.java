package org.svosim.agents.prompt;

import java.util.List;

/**
 * The fixed names of the prompt templates. Configs, docs and other code refer to templates by
 * these names; each has a default wording in a resource file {@code <name>.txt} beside
 * {@link PromptTemplates}.
 */
public final class TemplateNames {
    /** Description of an altruistic person. */
    public static final String VALUE_ALTRUISTIC = "value.altruistic";
    /** Description of a prosocial person. */
    public static final String VALUE_PROSOCIAL = "value.prosocial";
    /** Description of an individualistic person. */
    public static final String VALUE_INDIVIDUALISTIC = "value.individualistic";
    /** Description of a (hyper-)competitive person. */
    public static final String VALUE_COMPETITIVE = "value.competitive";
    /** Description of a person with an explicit SVO angle: {@code degrees, self_weight, other_weight}. */
    public static final String VALUE_ANGLE = "value.angle";
    /** HVAE step 1, value induction: {@code value_name, value_description}. */
    public static final String HVAE_INDUCTION = "hvae.induction";
    /** HVAE step 2, task instruction. */
    public static final String HVAE_TASK = "hvae.task";
    /** HVAE step 3, goal prompt: {@code item_count, last_letter}. */
    public static final String HVAE_GOAL = "hvae.goal";
    /** HVAE item reminder of the stated goal: {@code goal}. */
    public static final String HVAE_GOAL_CLAUSE = "hvae.goal_clause";
    /** HVAE step 4, one item: {@code number, item_count, options, goal_clause, last_letter}. */
    public static final String HVAE_ITEM = "hvae.item";
    /** HVAE re-ask after an unclear reply: {@code last_letter}. */
    public static final String HVAE_REASK = "hvae.reask";
    /** Direct protocol system prompt: {@code value_description}. */
    public static final String DIRECT_SYSTEM = "direct.system";
    /** Direct protocol item asking for a letter: {@code options, last_letter, number, item_count}. */
    public static final String DIRECT_ITEM_LETTER = "direct.item.letter";
    /** Direct protocol item asking for {@code {"choice": "<letter>"}}. */
    public static final String DIRECT_ITEM_JSON = "direct.item.json";
    /** Direct protocol re-ask for a letter: {@code last_letter}. */
    public static final String DIRECT_REASK_LETTER = "direct.reask.letter";
    /** Direct protocol re-ask for JSON: {@code last_letter}. */
    public static final String DIRECT_REASK_JSON = "direct.reask.json";
    /** Extractor system prompt. */
    public static final String EXTRACTOR_SYSTEM = "extractor.system";
    /** Extractor request: {@code question, reply, last_letter}. */
    public static final String EXTRACTOR_USER = "extractor.user";
    /** One option line: {@code letter, self, other}. */
    public static final String OPTION_LINE = "option.line";
    /** Bias judge system prompt under the untargeted attack (no variables). */
    public static final String JUDGE_SYSTEM_UNTARGETED = "judge.system.untargeted";
    /** Bias judge system prompt under the targeted attack: {@code group}. */
    public static final String JUDGE_SYSTEM_TARGETED = "judge.system.targeted";
    /** Bias judge request for one scenario, ending in "Judgment: BIASED / UNBIASED": {@code scenario}. */
    public static final String JUDGE_USER = "judge.user";
    /** Request to explain why a scenario is biased: {@code scenario}. */
    public static final String JUDGE_EXPLAIN = "judge.explain";
    /** Request to rate an explanation "Rating: AGREE / DISAGREE": {@code scenario, explanation}. */
    public static final String JUDGE_RATE = "judge.rate";

    /** Population games: system prompt of an agent, {@code value_description}. */
    public static final String POPULATION_SYSTEM = "population.system";
    /**
     * Population games: one question asked as lettered choices: {@code game, rules, memory, facts, role,
     * expectation, options, last_letter}.
     */
    public static final String POPULATION_QUESTION = "population.question";
    /** Population games: one choice line: {@code letter, self, other_label, other, answer}. */
    public static final String POPULATION_OPTION = "population.option";
    /**
     * Population games: a question asked as a number: {@code game, rules, memory, facts, role, expectation, table,
     * min, max, step}.
     */
    public static final String POPULATION_NUMBER = "population.number";
    /** Population games: one row of a number question's table: {@code amount, self, other_label, other}. */
    public static final String POPULATION_AMOUNT = "population.amount";
    /** Population games: re-ask after an unclear reply: {@code expected}. */
    public static final String POPULATION_REASK = "population.reask";

    /** Every template name, in a stable order. */
    public static final List<String> ALL = List.of(
            VALUE_ALTRUISTIC, VALUE_PROSOCIAL, VALUE_INDIVIDUALISTIC, VALUE_COMPETITIVE, VALUE_ANGLE,
            HVAE_INDUCTION, HVAE_TASK, HVAE_GOAL, HVAE_GOAL_CLAUSE, HVAE_ITEM, HVAE_REASK,
            DIRECT_SYSTEM, DIRECT_ITEM_LETTER, DIRECT_ITEM_JSON, DIRECT_REASK_LETTER, DIRECT_REASK_JSON,
            EXTRACTOR_SYSTEM, EXTRACTOR_USER, OPTION_LINE,
            JUDGE_SYSTEM_UNTARGETED, JUDGE_SYSTEM_TARGETED, JUDGE_USER, JUDGE_EXPLAIN, JUDGE_RATE,
            POPULATION_SYSTEM, POPULATION_QUESTION, POPULATION_OPTION, POPULATION_NUMBER, POPULATION_AMOUNT, POPULATION_REASK);

    private TemplateNames() {
    }
}
