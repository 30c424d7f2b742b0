package org.svosim.simulation.chart;

/**
 * One bar of a {@link ShareBarChart}: a share with its interval.
 *
 * @param series   the bar's series (e.g. a judge), one colour each
 * @param category the group on the x axis (e.g. a condition)
 * @param value    the share, 0..1 (NaN: no bar)
 * @param low      lower interval bound (NaN: no whisker)
 * @param high     upper interval bound (NaN: no whisker)
 */
public record ShareBar(String series, String category, double value, double low, double high) {
}
