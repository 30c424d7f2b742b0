package org.svosim.games.value;

import org.svosim.games.slider.Allocation;
import org.svosim.games.slider.SvoAngle;

/** A point relative to the SVO centre (50, 50), or a sum of such points over several items. */
record Offset(double self, double other) {
    static final Offset ZERO = new Offset(0.0, 0.0);

    static Offset of(Allocation a) {
        return new Offset(a.self() - SvoAngle.CENTRE, a.other() - SvoAngle.CENTRE);
    }

    Offset plus(Offset o) {
        return new Offset(self + o.self, other + o.other);
    }

    /** The SVO angle (degrees) of this offset, as {@link SvoAngle#ofOffsets} defines it. */
    double angle() {
        return SvoAngle.ofOffsets(self, other);
    }
}
