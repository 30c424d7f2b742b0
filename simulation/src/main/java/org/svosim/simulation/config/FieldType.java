package org.svosim.simulation.config;

/**
 * What kind of value a config field holds: enough for the readers to pick an accessor and
 * for {@link ConfigSchema} to write the field's JSON Schema.
 */
enum FieldType {
    /** Any text. */
    TEXT,
    /** Text that is not blank. */
    NON_BLANK_TEXT,
    /** A name usable as a folder name and in trial ids ({@link ConfigNode#NAME}). */
    NAME,
    /** A number (integer or decimal) within the field's range. */
    NUMBER,
    /** A whole number within the field's range. */
    INTEGER,
    /** true or false. */
    BOOLEAN,
    /** One of the field's choices (case-insensitive, surrounding spaces ignored). */
    CHOICE,
    /** An http:// or https:// URL. */
    URL,
    /** The name of an environment variable. */
    ENV_NAME,
    /** The name of a backend defined under {@code backends}. */
    BACKEND_NAME,
    /** A list of backend names, each once. */
    BACKEND_NAMES,
    /** The {@code backends} mapping: backend name to backend settings. */
    BACKENDS,
    /** The {@code values} list: category names or explicit angles. */
    VALUES,
    /** The {@code protocols} list of variants. */
    PROTOCOLS,
    /** The {@code custom_items} list. */
    CUSTOM_ITEMS,
    /** A custom item's options: pairs {@code [self, other]}. */
    OPTION_PAIRS,
    /** The {@code templates} mapping: template name to replacement text. */
    TEMPLATES,
    /** A list of the field's choices, each once. */
    CHOICE_LIST,
    /** A list of non-blank texts. */
    TEXT_LIST,
    /** The {@code bias} section: a social-bias judgement probe ({@link BiasFields}). */
    BIAS,
    /** The {@code bias.sources} list of scenario sources. */
    BIAS_SOURCES,
    /** The {@code population} mapping ({@link PopulationFields#POPULATION}). */
    POPULATION,
    /** A population's list of groups. */
    GROUPS,
    /** A population's list of games. */
    GAMES,
    /** A group's value: a category name or an explicit value. */
    GROUP_VALUE,
    /** A list of pairs [agent, agent]. */
    PAIRS,
    /** A list of distinct option labels. */
    LABELS,
    /** A list of rows, each a list of numbers. */
    PAYOFF_ROWS,
    /** A population's {@code slider} mapping ({@link PopulationSliderFields#SLIDER}). */
    POPULATION_SLIDER,
    /** The protocol of a population's slider measure: a protocol variant whose name is optional. */
    SLIDER_PROTOCOL
}
