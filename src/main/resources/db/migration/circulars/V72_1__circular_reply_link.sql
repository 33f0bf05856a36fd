-- A circular whose cities reply on another page instead of a receipt form (an event's invitation: the reply is the
-- city's delegation registration) holds that page's address, a path of the application. Such a circular expects a
-- reply as one with a receipt form does: its deliveries are replied, overdue and reminded alike, and the module that
-- owns the page records each city's reply through circulars' API (CircularsApi.recordReply).
ALTER TABLE circular ADD COLUMN reply_link TEXT;
