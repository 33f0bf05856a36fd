package org.citybridge.platform.jobs;

/**
 * What a finished job leaves for its user: a file to download, or a sentence and a link to where the result is.
 *
 * @param message the sentence, already in the user's language
 */
public record JobOutcome(String message, String link, String fileName, String contentType, byte[] content) {

    public static JobOutcome file(String fileName, String contentType, byte[] content) {
        return new JobOutcome(null, null, fileName, contentType, content);
    }

    public static JobOutcome message(String message, String link) {
        return new JobOutcome(message, link, null, null, null);
    }
}
