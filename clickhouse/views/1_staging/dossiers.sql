-- The latest version of every dossier. Operators query this, never dossier_facts directly: FINAL collapses
-- versions that background merges have not yet replaced. overdue depends on the time of the question.
-- The one place the warehouse decodes the feed's codes (vn.ioc.feed.Codes holds the same values; CodesTest checks
-- both and that no other view, aggregate or question compares a code to a number): channel_name (KenhThucHien),
-- applicant_kind (LoaiDoiTuong), payment_gateway (DuocThanhToanTrucTuyen). The statuses are decoded once, by the job: timeliness is open, closed (refused,
-- withdrawn, stopped), or one of early, on_time, late, no_due_date, no_finish_time for a finished dossier
-- (vn.ioc.measure.Timeliness), and overdue is an open dossier past its due time.
SELECT
    *,
    multiIf(agency_level = 1, 'province', agency_level = 2, 'district', agency_level = 3, 'commune', 'unknown')
        AS level_name,
    multiIf(channel = 1, 'in_person', channel = 2, 'online', channel = 3, 'postal', 'unknown') AS channel_name,
    multiIf(applicant_type = 1, 'citizen', applicant_type = 2, 'enterprise', applicant_type = 3, 'state_agency',
        applicant_type = 4, 'organisation', 'unknown') AS applicant_kind,
    multiIf(payment_channel = 1, 'dvcqg', payment_channel = 2, 'province', 'not_online') AS payment_gateway,
    timeliness NOT IN ('open', 'closed') AS finished,
    timeliness = 'open' AND due_at < now() AS overdue
FROM ${db}.dossier_facts FINAL
