package org.harapan.growth;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the user's imported reference tables live (the files of a newer WHO release, {@code reference import DIR}):
 * a service that whoever knows the data folder registers, so that the reference implementations read no system
 * property. Without the service, or while it knows no folder, only the built-in tables are used.
 */
public interface ReferenceFolder {

    /** The folder of the user's imported tables, whether or not it exists yet; empty when no data folder is known. */
    Optional<Path> folder();
}
