package vn.dtihub.units;

/** An agency under a unit: a department or office of its People's Committee, a public service unit, an enterprise. */
public record AgencyView(
        long id,
        long unitId,
        Structure structure,
        String unitCode,
        String unitName,
        String unitPath,
        String name,
        String shortName,
        AgencyKind kind,
        boolean active,
        int version) {}
