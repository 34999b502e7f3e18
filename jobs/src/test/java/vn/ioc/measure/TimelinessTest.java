package vn.ioc.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Edge case 4 of the indicator rules (docs/indicators.md): "finished" has one meaning, status 9 or 10, judged by the
 * finish time. A status-9 dossier without times is finished for every indicator (never open, never overdue), and a
 * finish time on a dossier still in processing does not finish it.
 */
class TimelinessTest {
    private static final long DUE = 1_680_000_000L;

    @Test
    void finishedIsStatusNineOrTenJudgedByItsFinishTime() {
        assertEquals(Timeliness.NO_FINISH_TIME, Timeliness.of(9, null, DUE));
        assertEquals(Timeliness.NO_FINISH_TIME, Timeliness.of(10, null, null));
        assertEquals(Timeliness.LATE, Timeliness.of(9, DUE + 1, DUE));
        assertEquals(Timeliness.ON_TIME, Timeliness.of(10, DUE, DUE));
        assertEquals(Timeliness.EARLY, Timeliness.of(9, DUE - 86_400, DUE));
        assertEquals(Timeliness.NO_DUE_DATE, Timeliness.of(9, DUE, null));
    }

    @Test
    void aFinishTimeDoesNotFinishADossierStillInProcessing() {
        assertEquals(Timeliness.OPEN, Timeliness.of(4, DUE - 86_400, DUE));
        assertEquals(Timeliness.OPEN, Timeliness.of(5, null, DUE));
    }

    @Test
    void refusedWithdrawnAndStoppedAreClosedWhateverTheirTimes() {
        for (int status : new int[] {3, 7, 8}) {
            assertEquals(Timeliness.CLOSED, Timeliness.of(status, DUE + 1, DUE));
        }
    }
}
