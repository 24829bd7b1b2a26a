package vn.dtihub.units;

import java.util.List;

/** A unit with its ancestors (province first), its children, and the units it came from or went into. */
public record UnitDetail(
        UnitView unit,
        List<UnitView> ancestors,
        List<UnitView> children,
        List<LineageLink> predecessors,
        List<LineageLink> successors) {}
