package org.svosim.simulation.config;

import static org.svosim.simulation.config.ConfigField.choice;
import static org.svosim.simulation.config.ConfigField.integer;
import static org.svosim.simulation.config.ConfigField.of;

import java.util.List;

/** The fields of the top level of an experiment config (configs/README.md, "Top-level fields"). */
final class TopLevelFields {
    static final List<String> ITEM_CHOICES = List.of("primary", "all", "custom");

    static final ConfigField EXPERIMENT = of("experiment", FieldType.NAME,
            "The experiment's name; runs go to <output>/<experiment>/<run-id>/.").asRequired();
    static final ConfigField SEED = integer("seed", Range.any(),
            "Run seed (64-bit integer); every trial seed is derived from it.").defaultsTo(1L);
    static final ConfigField REPETITIONS = integer("repetitions", Range.atLeast(1),
            "Trials per agent x value x protocol variant; required unless the config has a bias or population section.");
    static final ConfigField ITEMS = choice("items", ITEM_CHOICES,
            "Slider items to ask: primary (Murphy et al. items 1-6), all (items 1-15) or custom (custom_items)."
    ).defaultsTo("primary");
    static final ConfigField CUSTOM_ITEMS = of("custom_items", FieldType.CUSTOM_ITEMS,
            "The items to ask when items is 'custom' (required then, not allowed otherwise).");
    static final ConfigField CONCURRENCY = integer("concurrency", Range.between(1, 4096),
            "Maximum trials in flight.").defaultsTo(8L);
    static final ConfigField OUTPUT = of("output", FieldType.NON_BLANK_TEXT,
            "Folder that holds runs, relative to the current directory unless absolute.").defaultsTo("output");
    static final ConfigField BACKENDS = of("backends", FieldType.BACKENDS,
            "Backend name -> settings; names may hold letters, digits, '_', '.' and '-'.").asRequired();
    static final ConfigField AGENTS = of("agents", FieldType.BACKEND_NAMES,
            "Backends that are agents under test, each once (default: every backend not used as an extractor).");
    static final ConfigField VALUES = of("values", FieldType.VALUES,
            "Target values to induce: category names or {angle: DEGREES, name: LABEL}; required unless the config"
                    + " has a bias or population section.");
    /** Fields required unless the config has a population or a bias section (the loader and the schema both say so). */
    static final List<ConfigField> REQUIRED_UNLESS_BIAS_OR_POPULATION = List.of(REPETITIONS, VALUES);
    static final ConfigField PROTOCOLS = of("protocols", FieldType.PROTOCOLS,
            "Protocol variants; every trial runs one (default: one hvae variant 'hvae-goal' with goal prompt).");
    static final ConfigField TEMPLATES = of("templates", FieldType.TEMPLATES,
            "Prompt template name -> replacement text (wins over templates_file).");
    static final ConfigField TEMPLATES_FILE = of("templates_file", FieldType.NON_BLANK_TEXT,
            "A YAML file of template name -> text, relative to the config file's folder.");

    static final ConfigField BUDGET_USD = ConfigField.number("budget_usd", Range.greaterThan(0),
            "Spending limit in USD (needs the backends' prices): no new trial starts once the run's cost plus"
                    + " the most one more trial can cost would exceed it; raise it and resume.");
    static final ConfigField CACHE_FILE = of("cache_file", FieldType.NON_BLANK_TEXT,
            "Response cache (SQLite file), relative to the current directory unless absolute (default:"
                    + " <output>/response-cache.db).");

    static final ConfigField BIAS = of("bias", FieldType.BIAS,
            "Makes the experiment a social-bias judgement probe (judges, conditions, scenario sources); values,"
                    + " repetitions and protocols are then not used.");
    static final ConfigField POPULATION = of("population", FieldType.POPULATION,
            "Makes the run a population run: groups of agents play allocation games with each other"
                    + " (repetitions, values and protocols are then not required).");

    static final FieldSet ALL = FieldSet.of("an experiment config", EXPERIMENT, SEED, REPETITIONS, ITEMS,
            CUSTOM_ITEMS, CONCURRENCY, OUTPUT, BACKENDS, AGENTS, VALUES, PROTOCOLS, TEMPLATES, TEMPLATES_FILE,
            BUDGET_USD, CACHE_FILE, BIAS, POPULATION);

    private TopLevelFields() {
    }
}
