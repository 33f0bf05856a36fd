package org.citybridge.tasks.domain;

/** A file as the user sent it; its type is judged by its content when it is stored. */
public record Upload(String name, byte[] content) {
}
