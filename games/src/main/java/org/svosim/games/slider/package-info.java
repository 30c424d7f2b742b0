/** The SVO slider items (Murphy et al. 2011 and custom sets), their SVO angle and its four categories. */
package org.svosim.games.slider;
