package org.citybridge.evaluation;

/**
 * What a ranking lists: cities or liaisons. The constants are the values of the {@code by} query parameter, so that a
 * value that is neither answers 400 naming the parameter, as every list does.
 */
public enum ScoresBy {
    city,
    liaison
}
