-- Processing steps, each once (a replayed step replaces itself).
SELECT * FROM ${db}.processing_steps FINAL
