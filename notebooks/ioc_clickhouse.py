"""ClickHouse over HTTP for the analyst notebooks: one function, query(sql) -> pandas.DataFrame.

Connection from the environment, like the ioc command: CLICKHOUSE_URL, CLICKHOUSE_USER, CLICKHOUSE_PASSWORD,
CLICKHOUSE_DATABASE (default ioc, as for every ./ioc command). Without CLICKHOUSE_URL, the local server ./ioc demo
started (its port is in .ioc/clickhouse/endpoint.properties), else http://127.0.0.1:8123. Results come as
TabSeparatedWithNames, which every ClickHouse from 18.16 to 25.x writes the same way; pandas infers the column types.
"""
import io
import os
import pathlib
import urllib.parse
import urllib.request

import pandas as pd


ENDPOINT = pathlib.Path(__file__).resolve().parent.parent / ".ioc" / "clickhouse" / "endpoint.properties"


def server_url() -> str:
    """CLICKHOUSE_URL, else the local server ./ioc manages, else the usual port on this machine."""
    if os.environ.get("CLICKHOUSE_URL"):
        return os.environ["CLICKHOUSE_URL"].rstrip("/")
    if ENDPOINT.exists():
        for line in ENDPOINT.read_text().splitlines():
            key, _, value = line.partition("=")
            if key.strip() == "http_port":
                return f"http://127.0.0.1:{value.strip()}"
    return "http://127.0.0.1:8123"


def query(sql: str) -> pd.DataFrame:
    url = server_url()
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
