import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Runs SQL statements against the application's embedded database, one after another, and prints how many rows each
 * changed: how a benchmark loads data it would take hours to type. Usage: java -cp postgresql.jar bench/Sql.java URL SQL...
 */
public class Sql {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "");
                Statement s = c.createStatement()) {
            for (int i = 1; i < args.length; i++) {
                long t = System.nanoTime();
                int rows = s.executeUpdate(args[i]);
                System.out.printf("  %d rows in %.0f ms%n", rows, (System.nanoTime() - t) / 1e6);
            }
        }
    }
}
