package org.svosim.simulation.bias.scenario;

/** The attribute names every source uses for the same meaning, so filters, sampling and rate breakdowns work across sources. */
public final class ScenarioAttributes {
    /** The scenario's source (bbq, crows-pairs, or a generic file's source name); added by {@link Scenario#metricAttributes()}. */
    public static final String SOURCE = "source";
    /** BBQ category (e.g. Age) or CrowS-Pairs bias_type (e.g. race-color). */
    public static final String CATEGORY = "category";
    /** BBQ question_polarity: neg or nonneg. */
    public static final String POLARITY = "polarity";
    /**
     * Stereotype direction: CrowS-Pairs stereo_antistereo; for a BBQ group answer "stereo" when
     * it is the stereotype-consistent choice (the stereotyped group for a negative question,
     * the other group for a non-negative one), else "antistereo".
     */
    public static final String DIRECTION = "direction";
    /** {@link AnswerType#attributeValue()}; added by {@link Scenario#metricAttributes()}. */
    public static final String ANSWER_TYPE = "answer_type";
    /** The source item the scenario was built from (the three BBQ scenarios of one item share it); the unit of sampling. */
    public static final String ITEM = "item";
    /** The group the targeted attack prompt names. */
    public static final String TARGET_GROUP = "target_group";
    /** BBQ subcategory, when the item has one. */
    public static final String SUBCATEGORY = "subcategory";

    private ScenarioAttributes() {
    }
}
