package org.svosim.games.value;

/** A closed interval of SVO angles in degrees, {@code low <= high}. */
public record AngleInterval(double low, double high) {
    public AngleInterval {
        if (low > high) {
            throw new IllegalArgumentException("low > high: " + low + " > " + high);
        }
    }

    public double width() {
        return high - low;
    }

    public boolean contains(double degrees) {
        return degrees >= low && degrees <= high;
    }
}
