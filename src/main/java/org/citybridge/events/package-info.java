/**
 * Events and conferences (会议活动): the annual liaison work conference, training courses and forums; their venues,
 * agenda by day and site-visit groups; each member city's delegation registered by its liaison, with capacity, a
 * per-city quota and a waitlist whose next delegate is promoted when a place frees; signed check-in codes, badges,
 * table tents, sign-in sheets and calendars; the photos of an event and the draft of its report for the portal;
 * check-in at the event and its sessions (offline queues included) by the secretariat and the check-in staff it
 * grants the event, and the big screen at the venue with the figures live.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events",
        allowedDependencies = {"directory", "platform", "platform :: *", "shared", "mail", "files", "portal", "circulars", "accounts"})
package org.citybridge.events;
