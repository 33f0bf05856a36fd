package org.citybridge.files;

import java.util.UUID;

import org.citybridge.shared.Actor;

/**
 * A module's say on who may see a stored file it owns, e.g. a picture in a city's report or in a published
 * article. A file is served when any rule allows it; no rule, no file.
 */
public interface FileAccessRule {

    boolean allows(UUID fileId, Actor actor);
}
