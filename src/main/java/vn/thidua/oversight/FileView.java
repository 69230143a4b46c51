package vn.thidua.oversight;

import java.time.Instant;

/** An evidence file as lists show it. */
public record FileView(long id, String fileName, int size, String uploadedBy, Instant uploadedAt) {}
