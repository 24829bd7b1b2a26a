package vn.dtihub.plans.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;
import vn.dtihub.documents.Workbooks;
import vn.dtihub.plans.domain.TaskImport;
import vn.dtihub.shared.FileProblem;
import vn.dtihub.shared.FileRejectedException;

/** Reads an uploaded task table: an xlsx of at most 5 MB and 2,000 rows, or a clear refusal. */
final class TaskImportFiles {

    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final int MAX_ROWS = 2_000;

    private TaskImportFiles() {}

    static TaskImport.Parsed read(Workbooks workbooks, MultipartFile file, int planYear) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new FileRejectedException(List.of(new FileProblem(null, null, "chưa chọn tệp / no file was sent")));
        }
        if (file.getSize() > MAX_BYTES) {
            throw new FileRejectedException(
                    List.of(new FileProblem(null, null, "tệp lớn hơn 5 MB / the file is larger than 5 MB")));
        }
        try (InputStream in = file.getInputStream()) {
            return TaskImport.read(workbooks.read(in, MAX_ROWS), planYear);
        }
    }
}
