package org.svosim.simulation.bias.scenario;

import java.nio.file.Path;

/**
 * One CrowS-Pairs sentence pair.
 *
 * @param id        the row's id (the file's unnamed first column)
 * @param sentMore  the sentence the annotators marked as more stereotypical
 * @param sentLess  the minimally different, less stereotypical sentence
 * @param direction stereo (sent_more states a stereotype about a historically disadvantaged
 *                  group) or antistereo (sent_less violates one; sent_more then states the
 *                  matching claim about the advantaged group)
 * @param biasType  bias_type, e.g. race-color, gender, socioeconomic
 * @param file      the file it was read from
 * @param line      the line the row starts on
 */
public record CrowsPair(String id, String sentMore, String sentLess, String direction, String biasType, Path file,
                        long line) {
}
