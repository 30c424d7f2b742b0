package org.svosim.games.slider;

/**
 * The four SVO categories of Murphy et al. (2011) with their angle boundaries and their
 * positions on the SVO ring when used as target values.
 *
 * <p>Boundaries are half-open upwards: an angle exactly on a boundary belongs to the
 * category below it (e.g. exactly 22.45 is individualistic, exactly 57.15 is prosocial),
 * as in the authors' published scoring script ({@code > 57.15} altruistic).
 */
public enum SvoCategory {
    ALTRUISTIC(90.0),
    PROSOCIAL(45.0),
    INDIVIDUALISTIC(0.0),
    COMPETITIVE(-45.0);

    /** Lower boundary of altruistic (exclusive). */
    public static final double ALTRUISTIC_ABOVE = 57.15;
    /** Lower boundary of prosocial (exclusive). */
    public static final double PROSOCIAL_ABOVE = 22.45;
    /** Lower boundary of individualistic (exclusive). */
    public static final double INDIVIDUALISTIC_ABOVE = -12.04;

    private final double ringAngle;
    private final String label = name().toLowerCase(java.util.Locale.ROOT);

    SvoCategory(double ringAngle) {
        this.ringAngle = ringAngle;
    }

    /** The angle (degrees) at which a named target of this category sits on the SVO ring. */
    public double ringAngle() {
        return ringAngle;
    }

    /** Lower-case name as used in configs and tables ("prosocial"). */
    public String label() {
        return label;
    }

    /** The category of a measured angle in degrees. */
    public static SvoCategory classify(double degrees) {
        if (Double.isNaN(degrees)) {
            throw new IllegalArgumentException("angle is NaN");
        }
        if (degrees > ALTRUISTIC_ABOVE) {
            return ALTRUISTIC;
        }
        if (degrees > PROSOCIAL_ABOVE) {
            return PROSOCIAL;
        }
        if (degrees > INDIVIDUALISTIC_ABOVE) {
            return INDIVIDUALISTIC;
        }
        return COMPETITIVE;
    }

    /** Parses a label such as "prosocial" (case-insensitive); throws with the valid names. */
    public static SvoCategory fromLabel(String label) {
        for (SvoCategory c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        for (SvoCategory c : values()) {
            if (c.label.equalsIgnoreCase(label.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown SVO category '" + label
                + "' (expected altruistic, prosocial, individualistic or competitive)");
    }
}
