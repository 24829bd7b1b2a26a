package vn.dtihub.units.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dtihub.shared.VietnameseText;
import vn.dtihub.units.Level;
import vn.dtihub.units.Structure;

/**
 * Loads the administrative units of both structures and the 2025 lineage from the CSV files shipped in the jar,
 * once, on the first start against an empty database (on any database: this is reference data, not demo data).
 * Later starts find the units present and leave everything as it is.
 */
@Component
@Order(10)
class ReferenceDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);
    private static final String BASE = "reference/admin-units/";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transaction;

    ReferenceDataLoader(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.template = template;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer present = jdbc.sql("select count(*) from structure_version")
                .query(Integer.class)
                .single();
        if (present > 0) {
            return;
        }
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> load());
        log.info(
                "Loaded the administrative units of both structures in {} ms",
                (System.nanoTime() - started) / 1_000_000);
    }

    private void load() {
        template.update(
                "insert into structure_version (code, name_vi, name_en, levels, valid_from, valid_to) values (?, ?, ?, ?, ?, ?)",
                Structure.PRE2025.code(),
                "Cơ cấu 3 cấp (trước 01/7/2025)",
                "Three-level structure (before 1 July 2025)",
                3,
                null,
                java.sql.Date.valueOf(Structure.PRE2025.validTo()));
        template.update(
                "insert into structure_version (code, name_vi, name_en, levels, valid_from, valid_to) values (?, ?, ?, ?, ?, ?)",
                Structure.CURRENT.code(),
                "Cơ cấu 2 cấp (từ 01/7/2025)",
                "Two-level structure (from 1 July 2025)",
                2,
                java.sql.Date.valueOf(Structure.CURRENT.validFrom()),
                null);

        List<Object[]> rows = new ArrayList<>();
        loadStructure(Structure.PRE2025, "pre-2025-3-level/", rows);
        loadStructure(Structure.CURRENT, "current-2-level/", rows);
        template.batchUpdate("""
                insert into admin_unit (structure, code, name, name_en, full_name, full_name_en, kind, kind_name,
                    kind_name_en, level, parent_code, path, name_folded, search_text)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        template.update("""
                update admin_unit c set parent_id = p.id
                  from admin_unit p
                 where c.parent_code is not null and p.structure = c.structure and p.code = c.parent_code""");
        loadLineage();
    }

    private void loadStructure(Structure structure, String folder, List<Object[]> rows) {
        Map<String, String[]> kinds = new HashMap<>();
        read(
                folder + "administrative_units.csv",
                r -> kinds.put(
                        r.get("id"), new String[] {r.get("code_name"), r.get("short_name"), r.get("short_name_en")}));
        Map<String, String> provincePaths = new HashMap<>();
        read(folder + "provinces.csv", r -> {
            String path = structure.code() + "/" + r.get("code") + "/";
            provincePaths.put(r.get("code"), path);
            rows.add(row(structure, r, kinds.get(r.get("administrative_unit_id")), Level.PROVINCE, null, path));
        });
        Map<String, String> districtPaths = new HashMap<>();
        if (structure == Structure.PRE2025) {
            read(folder + "districts.csv", r -> {
                String path = provincePaths.get(r.get("province_code")) + r.get("code") + "/";
                districtPaths.put(r.get("code"), path);
                rows.add(row(
                        structure,
                        r,
                        kinds.get(r.get("administrative_unit_id")),
                        Level.DISTRICT,
                        r.get("province_code"),
                        path));
            });
        }
        read(folder + "wards.csv", r -> {
            String parent = structure == Structure.PRE2025 ? r.get("district_code") : r.get("province_code");
            String parentPath = structure == Structure.PRE2025 ? districtPaths.get(parent) : provincePaths.get(parent);
            rows.add(row(
                    structure,
                    r,
                    kinds.get(r.get("administrative_unit_id")),
                    Level.COMMUNE,
                    parent,
                    parentPath + r.get("code") + "/"));
        });
    }

    private static Object[] row(
            Structure structure, CsvRow r, String[] kind, Level level, String parentCode, String path) {
        String name = VietnameseText.nfc(r.get("name"));
        String fullName = VietnameseText.nfc(r.get("full_name"));
        String nameEn = VietnameseText.nfc(r.get("name_en"));
        String search = String.join(
                " | ",
                VietnameseText.fold(fullName),
                VietnameseText.fold(name),
                VietnameseText.fold(nameEn),
                r.get("code"));
        return new Object[] {
            structure.code(),
            r.get("code"),
            name,
            nameEn,
            fullName,
            VietnameseText.nfc(r.get("full_name_en")),
            kind[0],
            VietnameseText.nfc(kind[1]),
            kind[2],
            level.name(),
            parentCode,
            path,
            VietnameseText.fold(name),
            search
        };
    }

    private void loadLineage() {
        String effective = Structure.CURRENT.validFrom().toString();
        List<Object[]> links = new ArrayList<>();
        read(
                "mapping-2025/old_province_to_new_province_2025.csv",
                r -> links.add(new Object[] {
                    Level.PROVINCE.name(),
                    r.get("old_province_code"),
                    VietnameseText.nfc(r.get("old_province_name")),
                    r.get("new_province_code"),
                    VietnameseText.nfc(r.get("new_province_name")),
                    "full"
                }));
        read(
                "mapping-2025/old_commune_to_new_commune_2025.csv",
                r -> links.add(new Object[] {
                    Level.COMMUNE.name(), r.get("old_commune_code"), VietnameseText.nfc(r.get("old_commune_name")),
                    r.get("new_commune_code"), VietnameseText.nfc(r.get("new_commune_name")), r.get("merge_type")
                }));
        template.batchUpdate("""
                insert into unit_lineage (level, old_structure, old_code, old_name, new_structure, new_code, new_name,
                    merge_type, effective_on)
                values (?, 'pre2025', ?, ?, 'current', ?, ?, ?, cast('%s' as date))
                on conflict do nothing""".formatted(effective), links);
    }

    private static void read(String file, Consumer<CsvRow> consumer) {
        var resource = new ClassPathResource(BASE + file);
        try (var reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null) {
                return;
            }
            String[] names = header.replace("\uFEFF", "").split(",", -1);
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < names.length; i++) {
                index.put(names[i].strip(), i);
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    consumer.accept(new CsvRow(index, line.split(",", -1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    /** The reference files hold no quoted fields (checked when they were copied in), so a split suffices. */
    private record CsvRow(Map<String, Integer> index, String[] cells) {
        String get(String column) {
            Integer i = index.get(column);
            if (i == null) {
                throw new IllegalStateException("Reference file lacks the column " + column);
            }
            String value = i < cells.length ? cells[i].strip() : "";
            return value.isEmpty() ? null : value;
        }
    }
}
