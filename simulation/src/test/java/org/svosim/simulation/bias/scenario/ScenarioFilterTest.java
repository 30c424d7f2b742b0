package org.svosim.simulation.bias.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScenarioFilterTest {

    private static List<Scenario> mixed() throws Exception {
        List<Scenario> all = new java.util.ArrayList<>(BbqReader.read(Fixtures.path("bbq/Fixture.jsonl")).values());
        all.addAll(CrowsPairsScenarios.direct(CrowsPairsReader.read(Fixtures.path("crows/fixture.csv"))).values());
        return all;
    }

    @Test
    void emptyFilterKeepsEverything() throws Exception {
        assertThat(ScenarioFilter.ALL.apply(mixed())).hasSize(18 + 4);
    }

    @Test
    void categoryFilterIgnoresCaseAndWorksAcrossSources() throws Exception {
        ScenarioFilter filter = new ScenarioFilter(Set.of("age", "SOCIOECONOMIC"), Set.of(), Set.of(), Set.of());

        assertThat(filter.apply(mixed())).extracting(Scenario::id).containsExactly(
                "bbq:Age:0:stereotyped", "bbq:Age:0:non_stereotyped", "bbq:Age:0:unknown",
                "bbq:Age:2:stereotyped", "bbq:Age:2:non_stereotyped", "bbq:Age:2:unknown", "crows:0", "crows:2");
    }

    @Test
    void polarityFilterDropsScenariosWithoutPolarity() throws Exception {
        ScenarioFilter filter = new ScenarioFilter(Set.of(), Set.of("nonneg"), Set.of(), Set.of());

        assertThat(filter.apply(mixed())).extracting(Scenario::item).containsOnly("bbq:Age:2", "bbq:SES:6");
    }

    @Test
    void directionAndAnswerTypeFiltersCombine() throws Exception {
        ScenarioFilter stereoGroupAnswers = new ScenarioFilter(Set.of(), Set.of(), Set.of("stereo"),
                Set.of(AnswerType.STEREOTYPED, AnswerType.NON_STEREOTYPED));

        List<Scenario> kept = stereoGroupAnswers.apply(mixed());
        assertThat(kept).hasSize(6).allMatch(s -> s.source().equals("bbq") && s.attribute("direction").equals("stereo"));
        assertThat(new ScenarioFilter(Set.of(), Set.of(), Set.of("antistereo"), Set.of()).apply(mixed()))
                .extracting(Scenario::id).contains("crows:1");
    }
}
