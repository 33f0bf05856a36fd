/**
 * Assigned tasks (交办事项) and their supervision (督办): a task handed to one or many cities, each city's own
 * assignment with its lifecycle, the supervision board, and the move of open work to a successor liaison.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"directory", "files", "platform", "platform :: *", "shared", "mail"})
package org.citybridge.tasks;
