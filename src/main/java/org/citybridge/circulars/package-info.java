/** Circulars (通知) to member cities, their deliveries and read tracking, receipts (回执) and reminders. */
package org.citybridge.circulars;
