package org.svosim.simulation.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.svosim.games.slider.SvoCategory;

/**
 * The SVO categories of Murphy et al. (2011) as horizontal bands of the angle axis: dashed
 * lines at the boundaries, and each band's name and angle range in its middle. Boundaries
 * follow {@link SvoCategory#classify}: a band holds its upper edge, not its lower one.
 *
 * @param category the category
 * @param low      lower edge of the band as shown (boundary or axis minimum)
 * @param high     upper edge of the band as shown (boundary or axis maximum)
 */
record CategoryBand(SvoCategory category, double low, double high) {

    /** The category boundaries (degrees), highest first. */
    static final double[] BOUNDARIES = {SvoCategory.ALTRUISTIC_ABOVE, SvoCategory.PROSOCIAL_ABOVE,
        SvoCategory.INDIVIDUALISTIC_ABOVE};

    private static final Color LINE = new Color(120, 120, 120);
    private static final Color TEXT = new Color(85, 85, 85);
    private static final BasicStroke DASHED = new BasicStroke(1.0f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);

    /** Middle of the band as shown: where its name is written. */
    double middle() {
        return (low + high) / 2;
    }

    /** The four bands clipped to the shown axis range, highest first. */
    static List<CategoryBand> within(double axisLow, double axisHigh) {
        List<CategoryBand> bands = new ArrayList<>();
        double high = axisHigh;
        SvoCategory[] categories = SvoCategory.values();
        for (int i = 0; i < categories.length; i++) {
            double low = i < BOUNDARIES.length ? BOUNDARIES[i] : axisLow;
            bands.add(new CategoryBand(categories[i], Math.max(low, axisLow), Math.min(high, axisHigh)));
            high = low;
        }
        return bands;
    }

    /** The band's angles as text, e.g. "> 57.15\u00b0" or "22.45\u00b0 to 57.15\u00b0". */
    String rangeText() {
        switch (category) {
            case ALTRUISTIC:
                return "> " + degrees(SvoCategory.ALTRUISTIC_ABOVE);
            case PROSOCIAL:
                return degrees(SvoCategory.PROSOCIAL_ABOVE) + " to " + degrees(SvoCategory.ALTRUISTIC_ABOVE);
            case INDIVIDUALISTIC:
                return degrees(SvoCategory.INDIVIDUALISTIC_ABOVE) + " to " + degrees(SvoCategory.PROSOCIAL_ABOVE);
            default:
                return "\u2264 " + degrees(SvoCategory.INDIVIDUALISTIC_ABOVE);
        }
    }

    /**
     * Draws the boundaries as dashed lines, and in the middle of each band its name with its
     * angle range below, right-aligned at {@code labelX} (just inside the plot's right edge,
     * in the gutter right of the last column) so that text is never clipped nor covers points.
     */
    static void addTo(XYPlot plot, double axisLow, double axisHigh, double labelX, Font nameFont,
                      Font rangeFont) {
        for (double boundary : BOUNDARIES) {
            plot.addRangeMarker(new ValueMarker(boundary, LINE, DASHED), Layer.BACKGROUND);
        }
        for (CategoryBand band : within(axisLow, axisHigh)) {
            if (band.high() > band.low()) {
                plot.addAnnotation(text(band.category().label(), labelX, band.middle(), nameFont,
                        TextAnchor.BOTTOM_RIGHT));
                plot.addAnnotation(text(band.rangeText(), labelX, band.middle(), rangeFont,
                        TextAnchor.TOP_RIGHT));
            }
        }
    }

    private static String degrees(double value) {
        return String.format(Locale.ROOT, "%.2f\u00b0", value);
    }

    private static XYTextAnnotation text(String s, double x, double y, Font font, TextAnchor anchor) {
        XYTextAnnotation a = new XYTextAnnotation(s, x, y);
        a.setFont(font);
        a.setPaint(TEXT);
        a.setTextAnchor(anchor);
        return a;
    }
}
