package org.svosim.games.value;

import java.util.ArrayList;
import java.util.List;
import org.svosim.games.slider.Allocation;
import org.svosim.games.slider.SliderItem;

/**
 * The smallest and largest SVO angle any answer set can produce on a list of items; on the
 * six Murphy primary items [-16.26, 61.39] degrees (width 77.65).
 *
 * <p>Method: the angle of an answer set is the direction of the summed offsets
 * {@code (self - 50, other - 50)} of the chosen options. The convex hull of all achievable sums
 * is the Minkowski sum of the items' hulls, built item by item (at most the total number of
 * options as vertices). If that hull neither contains the centre nor crosses the negative
 * self axis (where atan2 jumps from 180 to -180), the extreme angles are attained at hull
 * vertices, which are real answer sets. Otherwise the distinct sums are enumerated exactly
 * (bounded; see {@link AngleExtremes}).
 */
public final class AttainableRange {
    private AttainableRange() {
    }

    /**
     * @throws IllegalArgumentException if {@code primaryItems} is empty
     */
    public static AngleInterval of(List<SliderItem> primaryItems) {
        if (primaryItems.isEmpty()) {
            throw new IllegalArgumentException("the attainable range needs at least one item, got none");
        }
        List<List<Allocation>> candidates = new ArrayList<>(primaryItems.size());
        for (SliderItem item : primaryItems) {
            candidates.add(item.options());
        }
        return AngleExtremes.over(candidates);
    }
}
