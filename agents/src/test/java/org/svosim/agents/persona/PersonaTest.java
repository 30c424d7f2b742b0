package org.svosim.agents.persona;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.games.slider.SvoCategory;
import org.svosim.games.value.TargetValue;

class PersonaTest {
    private final PromptTemplates templates = PromptTemplates.defaults();

    @Test
    void namedTargetUsesItsCategoryLabelAndTemplate() {
        Persona persona = Persona.of(new TargetValue.Named(SvoCategory.PROSOCIAL), templates);

        assertThat(persona.valueName()).isEqualTo("prosocial");
        assertThat(persona.valueDescription()).isEqualTo(templates.render("value.prosocial", Map.of()));
    }

    @Test
    void explicitAngleIsDescribedByItsDegreesAndWeights() {
        Persona persona = Persona.of(new TargetValue.Explicit(30.0, null), templates);

        assertThat(persona.valueName()).isEqualTo("SVO angle of 30 degrees");
        assertThat(persona.valueDescription()).contains("30 degrees").contains("0.866").contains("0.500");
    }

    @Test
    void overriddenDescriptionIsUsed() {
        PromptTemplates custom = templates.withOverrides(Map.of("value.competitive", "a hyper-competitive rival"));

        Persona persona = Persona.of(new TargetValue.Named(SvoCategory.COMPETITIVE), custom);

        assertThat(persona.valueDescription()).isEqualTo("a hyper-competitive rival");
    }

    @Test
    void blankDescriptionIsRejected() {
        assertThatThrownBy(() -> new Persona(new TargetValue.Named(SvoCategory.ALTRUISTIC), "altruistic", " "))
                .hasMessageContaining("description");
    }
}
