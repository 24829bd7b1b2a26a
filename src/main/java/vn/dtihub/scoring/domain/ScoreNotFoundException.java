package vn.dtihub.scoring.domain;

import vn.dtihub.shared.NotFoundException;

/** No result of that unit in that period that the caller may read: not computed, or outside their scope. */
public class ScoreNotFoundException extends NotFoundException {

    public ScoreNotFoundException(long periodId, long unitId) {
        super("error.scoreNotFound", "No result of unit " + unitId + " in period " + periodId, unitId, periodId);
    }
}
