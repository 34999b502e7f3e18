-- The three views of data reuse per dossier (table dossier_reuse, migration V006), the latest revision of each.
SELECT * FROM ${db}.dossier_reuse FINAL
