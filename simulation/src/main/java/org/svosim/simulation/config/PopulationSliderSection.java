package org.svosim.simulation.config;

import java.util.Locale;
import java.util.Set;
import org.svosim.agents.protocol.ProtocolSpec;
import org.svosim.simulation.config.PopulationSpec.SliderPlan;
import org.svosim.simulation.config.PopulationSpec.SliderTiming;

/** Reads {@code population.slider} (or the default plan when absent) and {@code population.feedback}. */
final class PopulationSliderSection {
    private PopulationSliderSection() {
    }

    /** The slider plan, or null when the section has problems (reported on its nodes). */
    static SliderPlan read(ConfigNode node, Set<String> backendNames) {
        if (!node.isPresent()) {
            return PopulationSpec.DEFAULT_SLIDER;
        }
        if (!node.expectObject("a slider plan {protocol: {type: direct|hvae, ...}, when: before|after|none}")) {
            return null;
        }
        node.allowOnly(PopulationSliderFields.SLIDER);
        String word = FieldReads.choice(node, PopulationSliderFields.WHEN, "when");
        SliderTiming when = word == null ? null : SliderTiming.valueOf(word.toUpperCase(Locale.ROOT));
        ConfigNode p = node.get(PopulationSliderFields.PROTOCOL.name());
        ProtocolSpec protocol = p.isPresent()
                ? ProtocolSection.readVariant(p, backendNames, PopulationSliderFields.BY_TYPE, "slider-")
                : PopulationSpec.DEFAULT_SLIDER.protocol();
        return protocol == null || when == null ? null : new SliderPlan(protocol, when);
    }

    /** The feedback setting, or null when it has problems (reported on the node). */
    static FeedbackSpec feedback(ConfigNode node) {
        if (!node.isPresent()) {
            return FeedbackSpec.DEFAULT;
        }
        String text = node.nonBlank("none, own, full or a template with {{placeholders}}");
        if (text == null) {
            return null;
        }
        try {
            return FeedbackSpec.parse(text);
        } catch (IllegalArgumentException e) {
            node.problem(e.getMessage());
            return null;
        }
    }
}
