package vn.dtihub.shared.db;

import java.nio.file.Path;
import java.sql.Connection;

/**
 * Run in a child JVM by {@link EmbeddedServerTest}: starts the embedded server on a folder, commits a row, says READY
 * and waits to be killed.
 */
public final class OrphanedPostmasterChild {

    private OrphanedPostmasterChild() {}

    public static void main(String[] args) throws Exception {
        var postgres = EmbeddedServer.start(Path.of(args[0]), 0, false);
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                var s = c.createStatement()) {
            s.execute("create table if not exists saved (id int primary key, note text)");
            s.execute("insert into saved values (1, 'đã lưu trước khi bị tắt') on conflict do nothing");
        }
        System.out.println("READY " + postgres.getPort());
        System.out.flush();
        Thread.sleep(600_000);
    }
}
