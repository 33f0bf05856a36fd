-- An event may be invited more than once: the invitation, then supplementary invitations (补充邀请) to cities not yet
-- invited, each its own circular with its own number. An invitation is now known by its circular; the reminders from
-- the board stay per event, city and day, across all of the event's invitations.
ALTER TABLE event_invitation_reminder DROP CONSTRAINT event_invitation_reminder_event_id_fkey;
ALTER TABLE event_invitation_reminder ADD CONSTRAINT event_invitation_reminder_event_id_fkey FOREIGN KEY (event_id) REFERENCES event (id);

ALTER TABLE event_invitation DROP CONSTRAINT event_invitation_pkey;
ALTER TABLE event_invitation DROP CONSTRAINT event_invitation_circular_id_key;
ALTER TABLE event_invitation ADD PRIMARY KEY (circular_id);
CREATE INDEX event_invitation_event ON event_invitation (event_id, issued_at);
