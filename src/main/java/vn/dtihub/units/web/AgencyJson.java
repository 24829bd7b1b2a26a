package vn.dtihub.units.web;

import vn.dtihub.units.AgencyView;

record AgencyJson(
        long id,
        String name,
        String shortName,
        String kind,
        boolean active,
        String unitCode,
        String unitName,
        String structure,
        int version,
        Long successorId,
        String succession,
        String succeededOn) {

    static AgencyJson of(AgencyView a) {
        return new AgencyJson(
                a.id(),
                a.name(),
                a.shortName(),
                a.kind().name(),
                a.active(),
                a.unitCode(),
                a.unitName(),
                a.structure().code(),
                a.version(),
                a.successorId(),
                a.succession() == null ? null : a.succession().name(),
                a.succeededOn() == null ? null : a.succeededOn().toString());
    }
}
