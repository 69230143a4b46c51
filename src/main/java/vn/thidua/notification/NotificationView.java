package vn.thidua.notification;

import java.time.Instant;

/** One message of a user's inbox. */
public record NotificationView(
    long id, String subject, String body, String link, Instant createdAt, boolean read) {}
