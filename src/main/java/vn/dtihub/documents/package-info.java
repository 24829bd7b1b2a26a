/**
 * The shared toolkit for files users exchange: xlsx workbooks written safely (no formula injection) and read
 * with a streaming parser and limits, and PDFs with a font that has every Vietnamese glyph. Feature modules decide
 * what goes in; this module only knows sheets, rows, cells and pages.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Documents",
        allowedDependencies = {"shared"})
package vn.dtihub.documents;
