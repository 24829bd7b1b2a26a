package vn.dtihub.documents;

/** A stored file: its id, content hash, size, the content type read from its bytes, and its extension. */
public record StoredFile(long id, String sha256, long size, String contentType, String extension) {}
