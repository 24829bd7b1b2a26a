package vn.dtihub.scoring.domain;

import java.util.List;

/** A group of units a standing office compares with each other, defined over its own unit's subtree. */
public record PeerGroup(long id, String ownerPath, String name, String createdBy, List<Long> unitIds) {}
