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

    static String format(List<Integer> shownOrder) {
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
        String[] pairs = text.split(",");
        for (int k = 0; k < pairs.length; k++) {
            String p = pairs[k];
            if (p.length() != 3 || p.charAt(0) != SliderItem.letter(k) || p.charAt(1) != '=') {
                throw new RunStoreException("shown_order '" + text + "' is malformed at '" + p
                        + "' (expected " + SliderItem.letter(k) + "=<letter>)");
            }
            order.add(p.charAt(2) - 'A');
        }
        return order;
    }
}
