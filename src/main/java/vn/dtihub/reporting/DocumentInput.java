package vn.dtihub.reporting;

import java.time.LocalDate;

/** A document as a user enters it into the library: kind, number, date, issuer and summary. */
public record DocumentInput(String kind, String number, LocalDate issuedOn, String issuer, String summary) {}
