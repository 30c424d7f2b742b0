package org.svosim.games.value;

import java.util.OptionalDouble;
import org.svosim.games.slider.SvoCategory;

/**
 * Everything measured from one complete set of slider answers, scored against a target.
 *
 * @param angle              SVO angle (degrees) over the primary items
 * @param category           category of {@code angle}
 * @param idealInterval      ideal angle interval of the target on the same items
 * @param angleError         signed distance (degrees) from {@code angle} to {@code idealInterval}, 0 inside
 * @param valueRationality   {@code 1 - |angleError| / attainable width}, clipped to [0, 1]
 * @param categoryHit        measured category equals target category; null for explicit-angle targets
 * @param choiceRationality  mean normalised target utility of the chosen options (all-tie items skipped)
 * @param inequalityAversion IA index from the secondary items; empty unless all secondary items
 *                           were answered and D_IA, D_JG are the two smallest distances
 */
public record SliderScore(
        double angle,
        SvoCategory category,
        AngleInterval idealInterval,
        double angleError,
        double valueRationality,
        Boolean categoryHit,
        double choiceRationality,
        OptionalDouble inequalityAversion) {
}
