package vn.dtihub.units.domain;

import java.util.List;
import vn.dtihub.units.LineageLink;
import vn.dtihub.units.UnitView;

/** A unit with its ancestors (province first), its children, and the units it came from or went into. */
public record UnitDetail(
        UnitView unit,
        List<UnitView> ancestors,
        List<UnitView> children,
        List<LineageLink> predecessors,
        List<LineageLink> successors) {}
