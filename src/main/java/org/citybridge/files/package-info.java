/**
 * Stored files: uploads kept under a generated id with their type sniffed from the bytes and their size capped per
 * {@link org.citybridge.files.FilePolicy}, files held across a form's tries, downloads, and the media address that
 * serves a file to whoever a module's {@link org.citybridge.files.FileAccessRule} lets see it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "shared"})
package org.citybridge.files;
