"""ClickHouse over HTTP for the analyst notebooks: one function, query(sql) -> pandas.DataFrame.

Connection from the environment, like the ioc command: CLICKHOUSE_URL (default http://127.0.0.1:8123),
CLICKHOUSE_USER, CLICKHOUSE_PASSWORD, CLICKHOUSE_DATABASE (default ioc). Results come as TabSeparatedWithNames, which
every ClickHouse from 18.16 to 25.x writes the same way; pandas infers the column types.
"""
import io
import os
import urllib.parse
import urllib.request

import pandas as pd


def query(sql: str) -> pd.DataFrame:
    url = os.environ.get("CLICKHOUSE_URL", "http://127.0.0.1:8123").rstrip("/")
    params = urllib.parse.urlencode({"database": os.environ.get("CLICKHOUSE_DATABASE", "ioc")})
    request = urllib.request.Request(f"{url}/?{params}",
                                     data=(sql.strip().rstrip(";") + "\nFORMAT TabSeparatedWithNames").encode("utf-8"))
    user = os.environ.get("CLICKHOUSE_USER")
    if user:
        request.add_header("X-ClickHouse-User", user)
        request.add_header("X-ClickHouse-Key", os.environ.get("CLICKHOUSE_PASSWORD", ""))
    with urllib.request.urlopen(request, timeout=120) as response:
        body = response.read().decode("utf-8")
    return pd.read_csv(io.StringIO(body), sep="\t", keep_default_na=False, na_values=["\\N"])
