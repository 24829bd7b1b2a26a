package vn.dtihub.plans.domain;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.plans.PlanSummary;
import vn.dtihub.plans.domain.TaskRepository.TaskRow;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.ScopedPrincipal;

/** The evidence a task's lead attaches (minutes, reports, screenshots): checked by content, stored once, scoped. */
@Service
public class TaskFiles {

    private final PlanRepository repository;
    private final TaskRepository taskRepository;
    private final Leads leads;
    private final vn.dtihub.documents.FileStore files;
    private final AuditTrail audit;

    TaskFiles(
            PlanRepository repository,
            TaskRepository taskRepository,
            Leads leads,
            vn.dtihub.documents.FileStore files,
            AuditTrail audit) {
        this.repository = repository;
        this.taskRepository = taskRepository;
        this.leads = leads;
        this.files = files;
        this.audit = audit;
    }

    /** The task's lead (or the plan's standing office) attaches evidence: checked by content, stored once. */
    @Transactional
    public TaskFile attach(ScopedPrincipal caller, long taskId, java.io.InputStream content, String name) {
        TaskRow task = leads.visibleTask(caller, taskId);
        PlanSummary p = repository.find(task.planId()).orElseThrow();
        if (!leads.leads(caller, task, p) && !PlanAccess.canEdit(caller, p)) {
            throw new AccessDeniedException("Only the task's lead attaches evidence");
        }
        PlanAccess.requireActive(p);
        String safe = vn.dtihub.documents.FileNames.safe(name);
        vn.dtihub.documents.StoredFile stored = files.store(content, safe);
        long id = taskRepository.insertFile(taskId, stored, safe, caller.username());
        taskRepository.insertUpdate(
                taskId, caller.userId(), caller.username(), "COMMENT", null, null, "Đính kèm: " + safe);
        audit.record(AuditRecord.of("TASK_FILE_ATTACHED", "plan_task", taskId, p.issuerPath())
                .withDetail(safe + " " + stored.sha256()));
        return taskRepository.files(taskId).stream()
                .filter(f -> f.id() == id)
                .findFirst()
                .orElseThrow();
    }

    public List<TaskFile> files(ScopedPrincipal caller, long taskId) {
        leads.visibleTask(caller, taskId);
        return taskRepository.files(taskId);
    }

    /** A task's file for download, checked against the caller's scope like the task itself. */
    public TaskFile file(ScopedPrincipal caller, long taskId, long fileId) {
        leads.visibleTask(caller, taskId);
        return taskRepository.files(taskId).stream()
                .filter(f -> f.id() == fileId)
                .findFirst()
                .orElseThrow(() -> PlanNotFoundException.taskForId(taskId + "/" + fileId));
    }

    public java.io.InputStream open(TaskFile file) throws java.io.IOException {
        return files.open(files.find(file.fileId()).orElseThrow());
    }
}
