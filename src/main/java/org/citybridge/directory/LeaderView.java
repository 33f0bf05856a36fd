package org.citybridge.directory;

import java.time.LocalDate;

public record LeaderView(long id, String name, LeaderPost post, LocalDate from, LocalDate to, boolean current) {
}
