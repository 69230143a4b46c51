package vn.thidua.rulebook;

import java.time.LocalDate;

/** A legal regime and the dates it is in force. */
public record RegimeView(String code, String name, LocalDate from, LocalDate to, String citation) {}
