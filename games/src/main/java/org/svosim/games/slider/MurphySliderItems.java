package org.svosim.games.slider;

import java.util.ArrayList;
import java.util.List;

/**
 * The 15 items of the SVO Slider Measure (Murphy, Ackermann &amp; Handgraaf 2011), options A..I
 * in the published (version A) order as {self, other} payoffs.
 */
public final class MurphySliderItems {
    private static final int[][][] ITEMS = {
        {{85, 85}, {85, 76}, {85, 68}, {85, 59}, {85, 50}, {85, 41}, {85, 33}, {85, 24}, {85, 15}},
        {{85, 15}, {87, 19}, {89, 24}, {91, 28}, {93, 33}, {94, 37}, {96, 41}, {98, 46}, {100, 50}},
        {{50, 100}, {54, 98}, {59, 96}, {63, 94}, {68, 93}, {72, 91}, {76, 89}, {81, 87}, {85, 85}},
        {{50, 100}, {54, 89}, {59, 79}, {63, 68}, {68, 58}, {72, 47}, {76, 36}, {81, 26}, {85, 15}},
        {{100, 50}, {94, 56}, {88, 63}, {81, 69}, {75, 75}, {69, 81}, {63, 88}, {56, 94}, {50, 100}},
        {{100, 50}, {98, 54}, {96, 59}, {94, 63}, {93, 68}, {91, 72}, {89, 76}, {87, 81}, {85, 85}},
        {{100, 50}, {96, 56}, {93, 63}, {89, 69}, {85, 75}, {81, 81}, {78, 88}, {74, 94}, {70, 100}},
        {{90, 100}, {91, 99}, {93, 98}, {94, 96}, {95, 95}, {96, 94}, {98, 93}, {99, 91}, {100, 90}},
        {{100, 70}, {94, 74}, {88, 78}, {81, 81}, {75, 85}, {69, 89}, {63, 93}, {56, 96}, {50, 100}},
        {{100, 70}, {99, 74}, {98, 78}, {96, 81}, {95, 85}, {94, 89}, {93, 93}, {91, 96}, {90, 100}},
        {{70, 100}, {74, 96}, {78, 93}, {81, 89}, {85, 85}, {89, 81}, {93, 78}, {96, 74}, {100, 70}},
        {{50, 100}, {56, 99}, {63, 98}, {69, 96}, {75, 95}, {81, 94}, {88, 93}, {94, 91}, {100, 90}},
        {{50, 100}, {56, 94}, {63, 88}, {69, 81}, {75, 75}, {81, 69}, {88, 63}, {94, 56}, {100, 50}},
        {{100, 90}, {96, 91}, {93, 93}, {89, 94}, {85, 95}, {81, 96}, {78, 98}, {74, 99}, {70, 100}},
        {{90, 100}, {91, 94}, {93, 88}, {94, 81}, {95, 75}, {96, 69}, {98, 63}, {99, 56}, {100, 50}},
    };

    private static final SliderMeasure ALL = build();

    private MurphySliderItems() {
    }

    /** All 15 items: 1-6 primary, 7-15 secondary. */
    public static SliderMeasure all() {
        return ALL;
    }

    /** The six primary items, which give the SVO angle. */
    public static SliderMeasure primary() {
        return ALL.primaryOnly();
    }

    private static SliderMeasure build() {
        List<SliderItem> items = new ArrayList<>();
        for (int i = 0; i < ITEMS.length; i++) {
            List<Allocation> options = new ArrayList<>();
            for (int[] o : ITEMS[i]) {
                options.add(new Allocation(o[0], o[1]));
            }
            items.add(new SliderItem(i + 1, i < 6 ? ItemKind.PRIMARY : ItemKind.SECONDARY, options));
        }
        return new SliderMeasure("SVO Slider Measure (Murphy et al. 2011)", items);
    }
}
