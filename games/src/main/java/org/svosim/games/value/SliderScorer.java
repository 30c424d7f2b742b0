package org.svosim.games.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.svosim.games.slider.Allocation;
import org.svosim.games.slider.SliderItem;
import org.svosim.games.slider.SliderMeasure;
import org.svosim.games.slider.SvoAngle;
import org.svosim.games.slider.SvoCategory;

/**
 * Scores one complete set of slider answers against a target value (SVO.md sections 2-5).
 * Stateless apart from a thread-safe cache of what depends on the measure alone
 * (attainable range, ideal intervals per target angle).
 */
public final class SliderScorer {
    private SliderScorer() {
    }

    /**
     * @param measure  the items asked
     * @param choices  chosen original option index (0 = 'A') by item number; must contain every
     *                 primary item; secondary items may be missing (then no IA index)
     * @param target   the value the agent was told to hold
     * @throws IllegalArgumentException if a primary item has no choice, a choice is out of its
     *                                  item's range, or a choice names an item the measure lacks
     */
    public static SliderScore score(SliderMeasure measure, Map<Integer, Integer> choices, TargetValue target) {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(choices, "choices");
        Objects.requireNonNull(target, "target");
        MeasureGeometry geometry = MeasureGeometry.of(measure);
        checkChoices(measure, geometry, choices);

        double angle = SvoAngle.of(chosenPrimaryAllocations(geometry.primaryItems(), choices));
        SvoCategory category = SvoCategory.classify(angle);
        AngleInterval ideal = geometry.idealInterval(target.degrees());
        double angleError = ValueRationality.angleError(angle, ideal);
        double valueRationality = ValueRationality.valueRationality(angleError, geometry.attainableRange().width());
        Boolean categoryHit = target.category().map(c -> c == category).orElse(null);
        double choiceRationality = ValueRationality.choiceRationality(measure.items(), choices, target.degrees());
        return new SliderScore(angle, category, ideal, angleError, valueRationality, categoryHit,
                choiceRationality, inequalityAversion(geometry, choices));
    }

    private static void checkChoices(SliderMeasure measure, MeasureGeometry geometry, Map<Integer, Integer> choices) {
        for (Map.Entry<Integer, Integer> e : choices.entrySet()) {
            SliderItem item = geometry.item(e.getKey());
            if (item == null) {
                throw new IllegalArgumentException("choice given for item " + e.getKey() + ", which measure '"
                        + measure.name() + "' does not have (its items: " + itemNumbers(measure) + ")");
            }
            if (e.getValue() != null) {
                ValueRationality.checkChoice(item, e.getValue());
            }
        }
    }

    private static List<Allocation> chosenPrimaryAllocations(List<SliderItem> primaryItems, Map<Integer, Integer> choices) {
        List<Allocation> chosen = new ArrayList<>(primaryItems.size());
        for (SliderItem item : primaryItems) {
            Integer choice = choices.get(item.number());
            if (choice == null) {
                throw new IllegalArgumentException("no choice for primary item " + item.number()
                        + "; every primary item must be answered to compute the SVO angle");
            }
            chosen.add(item.option(choice));
        }
        return chosen;
    }

    private static OptionalDouble inequalityAversion(MeasureGeometry geometry, Map<Integer, Integer> choices) {
        if (!geometry.hasMurphySecondaryItems()) {
            return OptionalDouble.empty();
        }
        for (int item = InequalityAversion.FIRST_ITEM; item <= InequalityAversion.LAST_ITEM; item++) {
            if (choices.get(item) == null) {
                return OptionalDouble.empty();
            }
        }
        return InequalityAversion.of(choices).index();
    }

    private static List<Integer> itemNumbers(SliderMeasure measure) {
        return measure.items().stream().map(SliderItem::number).toList();
    }
}
