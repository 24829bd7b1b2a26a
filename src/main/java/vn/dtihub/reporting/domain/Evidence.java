package vn.dtihub.reporting.domain;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.documents.FileNames;
import vn.dtihub.documents.FileStore;
import vn.dtihub.documents.StoredFile;
import vn.dtihub.reporting.ApprovedEvidence;
import vn.dtihub.reporting.DocumentInput;
import vn.dtihub.reporting.EvidenceDocument;
import vn.dtihub.reporting.FormSummary;
import vn.dtihub.reporting.ValueEvidence;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.ConflictException;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.shared.VietnameseText;

/**
 * Evidence entered once: a unit's (or agency's) library of documents, cited by any value of any period so that the
 * same decision is never uploaded twice; files a value carries itself. Files are checked by content and stored once
 * by their hash under generated names; they are read only by users whose scope covers the unit.
 */
@Service
public class Evidence {

    private static final Set<String> KINDS = Set.of("DECISION", "PLAN", "MINUTES", "REPORT", "OTHER");

    private final EvidenceRepository repository;
    private final FormRepository reporting;
    private final ValueRepository valueRepository;
    private final ReportingAccess access;
    private final FileStore files;
    private final AuditTrail audit;
    private final FormCriteria criteria;

    Evidence(
            EvidenceRepository repository,
            FormRepository reporting,
            ValueRepository valueRepository,
            ReportingAccess access,
            FileStore files,
            AuditTrail audit,
            FormCriteria criteria) {
        this.criteria = criteria;
        this.repository = repository;
        this.reporting = reporting;
        this.valueRepository = valueRepository;
        this.access = access;
        this.files = files;
        this.audit = audit;
    }

    /** The caller's library: its agency's documents (or its unit's), and its unit's. */
    public List<EvidenceDocument> library(ScopedPrincipal caller) {
        if (caller.seatPath() == null) {
            return List.of();
        }
        return repository.library(caller.seatAgencyId(), List.of(caller.seatPath()));
    }

    /**
     * The documents of a form's library that match what the user typed (every word, diacritics ignored, in the
     * number, the date as dd/MM/yyyy or d/M/yyyy, the issuer or the summary), at most {@code limit}; none for nothing
     * typed: the picker starts empty.
     */
    public List<EvidenceDocument> search(ScopedPrincipal caller, FormSummary form, String typed, int limit) {
        String[] words = VietnameseText.fold(typed == null ? "" : typed).strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return List.of();
        }
        List<EvidenceDocument> out = new ArrayList<>();
        for (EvidenceDocument d : libraryOf(caller, form)) {
            String haystack = VietnameseText.fold(String.join(
                    " ",
                    d.citation(),
                    d.number() == null ? "" : d.number(),
                    d.issuedOn() == null ? "" : DAY.format(d.issuedOn()) + " " + SHORT_DAY.format(d.issuedOn()),
                    d.issuer() == null ? "" : d.issuer(),
                    d.summary() == null ? "" : d.summary()));
            boolean all = true;
            for (String w : words) {
                all &= haystack.contains(w);
            }
            if (all) {
                out.add(d);
                if (out.size() == limit) {
                    break;
                }
            }
        }
        return out;
    }

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final java.time.format.DateTimeFormatter SHORT_DAY =
            java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy");

    /** The documents a form's values may cite: those of its agency or unit, and of the unit it reports for. */
    public List<EvidenceDocument> libraryOf(ScopedPrincipal caller, FormSummary form) {
        access.check(caller, form);
        List<String> paths = new ArrayList<>(List.of(form.subjectPath()));
        if (!form.assigneePath().equals(form.subjectPath())) {
            paths.add(form.assigneePath());
        }
        // The unit of today that fills an old unit's form of a year before 2025 cites from its own library.
        if (form.agencyId() == null
                && caller.seatPath() != null
                && !paths.contains(caller.seatPath())
                && ReportingAccess.fills(caller, form)) {
            paths.add(caller.seatPath());
        }
        return repository.library(form.agencyId(), paths);
    }

    /**
     * Adds a document to the caller's library, with its file if one is given. The same number and date already in
     * the library is a conflict naming the document: it is cited, not uploaded again.
     */
    @Transactional
    public EvidenceDocument add(ScopedPrincipal caller, DocumentInput in, InputStream file, String fileName) {
        if (!caller.writes() || caller.seatPath() == null) {
            throw new AccessDeniedException("A unit's or agency's users keep its library");
        }
        String kind =
                in.kind() == null || in.kind().isBlank() ? "OTHER" : in.kind().strip();
        if (!KINDS.contains(kind)) {
            throw new InvalidInputException(
                    "kind", "evidence.kindUnknown", "kind is DECISION, PLAN, MINUTES, REPORT or OTHER");
        }
        String summary = text(in.summary(), "summary", 2000);
        if (summary == null) {
            throw new InvalidInputException("summary", "validation.required", "Say what the document is about");
        }
        String number = text(in.number(), "number", 100);
        DocumentInput clean = new DocumentInput(kind, number, in.issuedOn(), text(in.issuer(), "issuer", 300), summary);
        if (number != null) {
            repository
                    .sameDocument(caller.seatPath(), caller.seatAgencyId(), number, in.issuedOn())
                    .ifPresent(d -> {
                        throw new ConflictException(
                                "evidence.duplicate", "This document is already in the library", "→ " + d.citation());
                    });
        }
        Long fileId = null;
        String safe = null;
        if (file != null) {
            safe = FileNames.safe(fileName);
            fileId = files.store(file, safe).id();
        }
        long id = repository.insertDocument(
                caller.seatPath(), caller.seatAgencyId(), clean, fileId, safe, caller.username());
        EvidenceDocument d = repository.document(id).orElseThrow();
        audit.record(AuditRecord.of("EVIDENCE_ADDED", "evidence_document", id, caller.seatPath())
                .withDetail(d.citation()));
        return d;
    }

    /** A library document the caller may read: its scope covers the unit, or it is the caller's own seat's. */
    public EvidenceDocument document(ScopedPrincipal caller, long id) {
        EvidenceDocument d = repository.document(id).orElseThrow(() -> ReportingNotFoundException.document(id));
        boolean own = d.agencyId() != null
                ? d.agencyId().equals(caller.seatAgencyId())
                : d.ownerPath().equals(caller.seatPath());
        if (!own && !caller.scope().coversUnit(d.ownerPath())) {
            throw ReportingNotFoundException.document(id);
        }
        return d;
    }

    /** The form the caller may see, or not found: checked before anything a request carries is read. */
    public FormSummary form(ScopedPrincipal caller, long formId) {
        return access.form(caller, formId);
    }

    public Map<Long, ValueEvidence> ofForm(ScopedPrincipal caller, long formId) {
        return ofForm(caller, access.form(caller, formId));
    }

    public Map<Long, ValueEvidence> ofForm(ScopedPrincipal caller, FormSummary form) {
        access.check(caller, form);
        return repository.ofForm(form.id());
    }

    /**
     * What backs each approved value of a unit in a period, by criterion: what a scorecard shows beside the value.
     * Only forms the caller may read count (an agency's form for the unit stays its own business when the caller's
     * scope does not cover the agency).
     */
    public Map<Long, ApprovedEvidence> approvedOf(ScopedPrincipal caller, long periodId, long unitId) {
        Map<Long, ApprovedEvidence> out = new java.util.HashMap<>();
        for (long formId : valueRepository.approvedForms(periodId, unitId)) {
            try {
                access.form(caller, formId);
            } catch (vn.dtihub.shared.NotFoundException unreadable) {
                continue;
            }
            repository.ofForm(formId).forEach((criterion, evidence) -> {
                if (!evidence.empty()) {
                    out.putIfAbsent(criterion, new ApprovedEvidence(formId, evidence));
                }
            });
        }
        return out;
    }

    /** Cites a library document for a value, while the unit may change the form. */
    @Transactional
    public void cite(ScopedPrincipal caller, long formId, long criterionId, long documentId) {
        citeAll(caller, formId, Map.of(criterionId, documentId));
    }

    /**
     * Cites library documents for several criteria of a form at once (criterion id to document id), all or none: the
     * form, its library and its criteria are read once.
     */
    @Transactional
    public void citeAll(ScopedPrincipal caller, long formId, Map<Long, Long> citations) {
        FormSummary form = access.editableByUnit(caller, formId);
        Map<Long, EvidenceDocument> library = new java.util.HashMap<>();
        libraryOf(caller, form).forEach(d -> library.put(d.id(), d));
        Map<Long, String> roles = valueRepository.roles(formId);
        List<FormRepository.NewEvent> history = new java.util.ArrayList<>();
        List<AuditRecord> records = new java.util.ArrayList<>();
        citations.forEach((criterionId, documentId) -> {
            criteria.role(criterionId, roles);
            EvidenceDocument d = library.get(documentId);
            if (d == null) {
                throw new InvalidInputException(
                        "documentId", "evidence.notInLibrary", "The document is not in the unit's library");
            }
            if (repository.cite(formId, criterionId, documentId, caller.username())) {
                history.add(new FormRepository.NewEvent(
                        formId, caller.username(), "EVIDENCE_CITED", criterionId, null, d.citation(), null));
                records.add(AuditRecord.of("EVIDENCE_CITED", "report_form", formId, form.assigneePath())
                        .withDetail(d.citation()));
            }
        });
        reporting.events(history);
        audit.recordAll(records);
    }

    @Transactional
    public void uncite(ScopedPrincipal caller, long formId, long criterionId, long documentId) {
        FormSummary form = access.editableByUnit(caller, formId);
        if (repository.uncite(formId, criterionId, documentId)) {
            String citation = repository
                    .document(documentId)
                    .map(EvidenceDocument::citation)
                    .orElse("#" + documentId);
            reporting.event(formId, caller.username(), "EVIDENCE_UNCITED", criterionId, citation, null, null);
            audit.record(AuditRecord.of("EVIDENCE_UNCITED", "report_form", formId, form.assigneePath())
                    .withDetail(citation));
        }
    }

    /** Attaches a file to a value, while the unit may change the form; checked by content, stored once. */
    @Transactional
    public ValueEvidence.ValueFile attach(
            ScopedPrincipal caller, long formId, long criterionId, InputStream content, String name) {
        FormSummary form = access.editableByUnit(caller, formId);
        criteria.role(formId, criterionId);
        String safe = FileNames.safe(name);
        StoredFile stored = files.store(content, safe);
        long id = repository.insertFile(formId, criterionId, stored.id(), safe, caller.username());
        reporting.event(formId, caller.username(), "FILE_ATTACHED", criterionId, null, safe, null);
        audit.record(AuditRecord.of("VALUE_FILE_ATTACHED", "report_form", formId, form.assigneePath())
                .withDetail(safe + " " + stored.sha256()));
        return repository.file(formId, id).orElseThrow();
    }

    /** A value's file, for whoever may read the form. */
    public Download valueFile(ScopedPrincipal caller, long formId, long id) throws IOException {
        access.form(caller, formId);
        ValueEvidence.ValueFile f =
                repository.file(formId, id).orElseThrow(() -> ReportingNotFoundException.document(formId + "/" + id));
        return download(f.fileId(), f.name());
    }

    /** A library document's file, for whoever may read the document. */
    public Download documentFile(ScopedPrincipal caller, long documentId) throws IOException {
        EvidenceDocument d = document(caller, documentId);
        if (d.fileId() == null) {
            throw ReportingNotFoundException.document(documentId);
        }
        return download(d.fileId(), d.fileName());
    }

    /** A stored file ready to send: its content type and size as checked at upload, its safe name, its bytes. */
    public record Download(String contentType, long size, String name, InputStream content) {}

    private Download download(long fileId, String name) throws IOException {
        StoredFile stored = files.find(fileId).orElseThrow(() -> ReportingNotFoundException.document(fileId));
        return new Download(stored.contentType(), stored.size(), name, files.open(stored));
    }

    private static String text(String raw, String field, int max) {
        String v = VietnameseText.nfc(raw);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > max) {
            throw new InvalidInputException(field, "validation.tooLong", field + " is too long");
        }
        return v;
    }
}
