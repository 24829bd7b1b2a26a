package vn.dtihub.units;

/** An administrative unit as other modules and pages see it. */
public record UnitView(
        long id,
        Structure structure,
        String code,
        String name,
        String nameEn,
        String fullName,
        String fullNameEn,
        String kind,
        String kindName,
        String kindNameEn,
        Level level,
        String parentCode,
        String path) {}
