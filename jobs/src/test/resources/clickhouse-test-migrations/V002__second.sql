-- a later migration adds a column; run twice it would fail, which is what the tracking prevents
ALTER TABLE ${db}.things ADD COLUMN extra UInt8 DEFAULT 1;
