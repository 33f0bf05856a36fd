package org.citybridge.shared;

/** Implemented by the authenticated principal so that any module can learn who acts without knowing accounts. */
public interface HasActor {
    Actor actor();
}
