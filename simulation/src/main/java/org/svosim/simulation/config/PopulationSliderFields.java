package org.svosim.simulation.config;

import static org.svosim.simulation.config.ConfigField.choice;
import static org.svosim.simulation.config.ConfigField.of;

import java.util.List;
import java.util.Map;

/**
 * The fields of {@code population.slider} and of its {@code protocol}: the fields of a top-level
 * protocol variant ({@link ProtocolFields}) with the name made optional (configs/README.md, "Populations").
 */
final class PopulationSliderFields {
    static final List<String> TIMINGS = List.of("before", "after", "none");

    static final ConfigField PROTOCOL = of("protocol", FieldType.SLIDER_PROTOCOL,
            "The slider protocol: {type: direct|hvae, ...} with the fields of a protocols entry; name optional"
                    + " (default slider-<type>).");
    static final ConfigField WHEN = choice("when", TIMINGS,
            "before (each agent takes the slider before its first match), after (after its last) or none.")
            .defaultsTo("before");
    static final FieldSet SLIDER = FieldSet.of("a population slider", PROTOCOL, WHEN);

    static final ConfigField NAME = of("name", FieldType.NAME,
            "Name of the slider protocol in run.db (default: slider-<type>).");
    static final FieldSet HVAE = withOptionalName("an hvae slider protocol", ProtocolFields.HVAE);
    static final FieldSet DIRECT = withOptionalName("a direct slider protocol", ProtocolFields.DIRECT);
    static final Map<String, FieldSet> BY_TYPE = Map.of("hvae", HVAE, "direct", DIRECT);

    private PopulationSliderFields() {
    }

    private static FieldSet withOptionalName(String owner, FieldSet protocol) {
        return new FieldSet(owner, protocol.fields().stream()
                .map(f -> f.name().equals(NAME.name()) ? NAME : f).toList());
    }
}
