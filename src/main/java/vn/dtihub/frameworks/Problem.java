package vn.dtihub.frameworks;

/**
 * Something wrong with a framework, shown beside the node it concerns: {@code code} is the criterion's or the
 * view's code (null for the framework as a whole), {@code messageKey} a message bundle key, {@code detail} the
 * values that make the message concrete. A blocking problem prevents publishing.
 */
public record Problem(String code, String messageKey, String detail, boolean blocking) {}
