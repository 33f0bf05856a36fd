package org.citybridge.portal;

import java.util.Optional;

/** What an editor's home page shows of their portal work. */
public interface EditorialDesk {

    /** How many of each kind of article the home page lists. */
    int SHOWN = 5;

    /** For someone who works on the site (editor, secretariat): their work; empty for anyone else. */
    Optional<EditorialHome> forCurrentActor();
}
