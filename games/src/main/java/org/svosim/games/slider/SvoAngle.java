package org.svosim.games.slider;

import java.util.List;

/**
 * The SVO angle of a set of chosen allocations (Murphy et al. 2011):
 * {@code atan2(mean_other - 50, mean_self - 50)} in degrees, in (-180, 180].
 *
 * <p>{@code atan2} is used, not {@code atan} of the ratio, so that the angle stays correct when
 * {@code mean_self <= 50} (possible on custom items). When both means are exactly 50 the angle
 * is mathematically undefined; this class then follows {@link Math#atan2} and returns 0.
 */
public final class SvoAngle {
    /** The centre of the SVO ring: the allocation (50, 50) from which angles are measured. */
    public static final double CENTRE = 50.0;

    private SvoAngle() {
    }

    /**
     * The SVO angle (degrees) of the mean of {@code chosen}.
     *
     * @throws IllegalArgumentException if {@code chosen} is empty
     */
    public static double of(List<Allocation> chosen) {
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("the SVO angle needs at least one chosen allocation, got none");
        }
        // Summing the offsets from the centre gives n * (mean - 50): same direction, same angle,
        // and the same arithmetic as the interval code in org.svosim.games.value.
        double selfOffset = 0;
        double otherOffset = 0;
        for (Allocation a : chosen) {
            selfOffset += a.self() - CENTRE;
            otherOffset += a.other() - CENTRE;
        }
        return ofOffsets(selfOffset, otherOffset);
    }

    /**
     * The angle (degrees) of a point given by its offset from the centre (50, 50), or by any
     * positive multiple of that offset (e.g. the summed offsets of several allocations).
     */
    public static double ofOffsets(double selfOffset, double otherOffset) {
        // "+ 0.0" turns -0.0 into 0.0 so that a point on the axis never reads as -180.
        return Math.toDegrees(Math.atan2(otherOffset + 0.0, selfOffset + 0.0));
    }
}
