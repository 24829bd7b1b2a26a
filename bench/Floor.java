import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor of the reporting benchmark: the same rows the application reads or writes, by one plain SQL statement,
 * with no page, no security and no framework, at the same concurrency (200 client threads) over a pool as large as
 * the application's (10 connections). What a request costs above this is the application's own cost.
 *
 * <p>Run by bench/reporting.sh: java -cp postgresql.jar bench/Floor.java JDBC_URL FORM_ID PROVINCE_PATH PERIOD_ID
 * FORMS(comma-separated) CRITERIA(comma-separated)
 */
public class Floor {

    static final int CLIENTS = 200;
    static final int POOL = 10;
    static final long SECONDS = 10;

    interface Work {
        void run(Connection c, long n) throws SQLException;
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        long form = Long.parseLong(args[1]);
        String province = args[2];
        long period = Long.parseLong(args[3]);
        long[] forms = Arrays.stream(args[4].split(",")).mapToLong(Long::parseLong).toArray();
        long[] criteria = Arrays.stream(args[5].split(",")).mapToLong(Long::parseLong).toArray();

        // The rows of a form page: each criterion the form asks for, with its value.
        String page = """
                select c.id, c.code, c.name, c.value_type, c.unit_of_measure, c.max_points, c.rule, i.role,
                       v.number_value, v.denominator, v.yes_value, v.choice_value, v.text_value, v.date_value,
                       v.explanation, v.points, v.version, v.updated_by
                from form_item i join criterion c on c.id = i.criterion_id
                left join reported_value v on v.form_id = i.form_id and v.criterion_id = i.criterion_id
                where i.form_id = ? order by c.position""";
        run("form page rows", (c, n) -> {
            try (PreparedStatement ps = c.prepareStatement(page)) {
                ps.setLong(1, form);
                drain(ps);
            }
        }, url);

        // A save: one value written, as its own transaction.
        String save = """
                insert into reported_value (form_id, criterion_id, number_value, denominator, points, updated_by)
                values (?, ?, ?, 50, 1, 'floor')
                on conflict (form_id, criterion_id) do update set number_value = excluded.number_value,
                    version = reported_value.version + 1, updated_at = now()""";
        run("save a value", (c, n) -> {
            try (PreparedStatement ps = c.prepareStatement(save)) {
                ps.setLong(1, forms[(int) (n % forms.length)]);
                ps.setLong(2, criteria[(int) ((n / forms.length) % criteria.length)]);
                ps.setLong(3, n % 50);
                ps.executeUpdate();
            }
        }, url);

        // A province's completeness: its forms with their counts of items and filled values.
        String completeness = """
                select r.id, r.status, r.due_on, r.extended_to, r.submitted_at,
                       (select count(*) from form_item i where i.form_id = r.id),
                       (select count(*) from reported_value v where v.form_id = r.id and v.number_value is not null)
                from report_form r where r.period_id = ? and r.assignee_path like ?""";
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            long[] times = new long[10];
            for (int i = 0; i < times.length; i++) {
                long t = System.nanoTime();
                try (PreparedStatement ps = c.prepareStatement(completeness)) {
                    ps.setLong(1, period);
                    ps.setString(2, province + "%");
                    drain(ps);
                }
                times[i] = System.nanoTime() - t;
            }
            Arrays.sort(times);
            System.out.printf("floor, province completeness rows: median %.1f ms%n", times[4] / 1e6);
        }
    }

    static void drain(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
    }

    /** 200 clients share 10 connections for SECONDS; prints p99 (waiting for a connection included) and the rate. */
    static void run(String name, Work work, String url) throws Exception {
        BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(POOL);
        for (int i = 0; i < POOL; i++) {
            pool.add(DriverManager.getConnection(url, "postgres", ""));
        }
        long end = System.nanoTime() + SECONDS * 1_000_000_000L;
        AtomicLong counter = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(CLIENTS);
        for (int t = 0; t < CLIENTS; t++) {
            long[] mine = new long[200_000];
            latencies.add(mine);
            Thread thread = new Thread(() -> {
                int k = 0;
                try {
                    while (System.nanoTime() < end && k < mine.length) {
                        long start = System.nanoTime();
                        Connection c = pool.take();
                        try {
                            work.run(c, counter.getAndIncrement());
                        } finally {
                            pool.add(c);
                        }
                        mine[k++] = System.nanoTime() - start;
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            });
            thread.start();
            threads.add(thread);
        }
        done.await();
        long[] all = latencies.stream().flatMapToLong(a -> Arrays.stream(a).filter(x -> x > 0)).sorted().toArray();
        System.out.printf(
                "floor, %s (200 clients, %d connections, %d s): p99 %.1f ms, %.0f per s%n",
                name, POOL, SECONDS, all[(int) (all.length * 0.99)] / 1e6, all.length / (double) SECONDS);
        for (Connection c : pool) {
            c.close();
        }
    }
}
