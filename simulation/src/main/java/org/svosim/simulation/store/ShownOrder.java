package org.svosim.simulation.store;

import java.util.ArrayList;
import java.util.List;
import org.svosim.games.slider.SliderItem;

/**
 * The text form of an item's displayed option order: {@code "A=C,B=A,C=B"} means displayed letter A
 * showed published option C, and so on.
 */
final class ShownOrder {
    private ShownOrder() {
    }

    /** {@link #format} of the published order of up to 26 options, by option count (the usual case, kept). */
    private static final String[] IN_ORDER = new String[27];

    static {
        for (int n = 0; n < IN_ORDER.length; n++) {
            List<Integer> order = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                order.add(k);
            }
            IN_ORDER[n] = build(order);
        }
    }

    static String format(List<Integer> shownOrder) {
        if (shownOrder.size() < IN_ORDER.length && inOrder(shownOrder)) {
            return IN_ORDER[shownOrder.size()];
        }
        return build(shownOrder);
    }

    private static boolean inOrder(List<Integer> shownOrder) {
        for (int k = 0; k < shownOrder.size(); k++) {
            if (shownOrder.get(k) != k) {
                return false;
            }
        }
        return true;
    }

    private static String build(List<Integer> shownOrder) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < shownOrder.size(); k++) {
            if (k > 0) {
                sb.append(',');
            }
            sb.append(SliderItem.letter(k)).append('=').append(SliderItem.letter(shownOrder.get(k)));
        }
        return sb.toString();
    }

    static List<Integer> parse(String text) {
        List<Integer> order = new ArrayList<>();
        if (text.isEmpty()) {
            return order;
        }
        int start = 0;
        for (int k = 0; start <= text.length(); k++) {
            int end = text.indexOf(',', start);
            if (end < 0) {
                end = text.length();
            }
            if (end - start != 3 || text.charAt(start) != SliderItem.letter(k) || text.charAt(start + 1) != '=') {
                throw new RunStoreException("shown_order '" + text + "' is malformed at '" + text.substring(start, end)
                        + "' (expected " + SliderItem.letter(k) + "=<letter>)");
            }
            order.add(text.charAt(start + 2) - 'A');
            start = end + 1;
        }
        return order;
    }
}
