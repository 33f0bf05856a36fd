/**
 * Events (会议): the annual liaison work conference, training courses and forums; city delegations, badges, table
 * tents, sign-in sheets, calendars and on-site check-in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events",
        allowedDependencies = {"platform", "platform :: *", "shared"})
package org.citybridge.events;
