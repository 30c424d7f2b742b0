package org.svosim.simulation.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PointSampleTest {

    @Test
    void aGroupUpToTheLimitIsDrawnWhole() {
        List<Integer> all = IntStream.range(0, PointSample.MAX_PER_GROUP).boxed().toList();

        assertThat(PointSample.of(all, "k")).isSameAs(all);
    }

    @Test
    void aLargerGroupIsASampleOfTheLimitInInputOrderTheSameEveryTime() {
        List<Integer> all = IntStream.range(0, 50_000).boxed().toList();

        List<Integer> sample = PointSample.of(all, "sim/prosocial");

        assertThat(sample).hasSize(PointSample.MAX_PER_GROUP).isSorted().doesNotHaveDuplicates();
        assertThat(PointSample.of(all, "sim/prosocial")).isEqualTo(sample);
        assertThat(sample.get(sample.size() - 1) - sample.get(0)).isGreaterThan(40_000);
    }

    @Test
    void perGroupThinsOnlyTheLargeGroupsAndKeepsTheOrderOfItems() {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            items.add("big" + i);
            if (i < 10) {
                items.add("small" + i);
            }
        }

        List<String> thinned = PointSample.perGroup(items, s -> s.startsWith("big"), "k");

        assertThat(thinned.stream().filter(s -> s.startsWith("small"))).hasSize(10);
        assertThat(thinned.stream().filter(s -> s.startsWith("big"))).hasSize(PointSample.MAX_PER_GROUP);
        assertThat(thinned).isSortedAccordingTo((a, b) -> Integer.compare(items.indexOf(a), items.indexOf(b)));
    }
}
