package org.citybridge.events.domain;

/** A city whose registered delegates the documents print, and how many they are. */
public record PrintedCity(String code, String name, int delegates) {
}
